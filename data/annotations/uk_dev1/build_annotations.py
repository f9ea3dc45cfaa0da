import csv, re, sys
# uk_dev1: the annotator's record of every labelling decision (written by hand, blind to the
# instruments); run from the project root to rebuild the gold files. Offsets are computed by
# locating each hand-decided unit; labels are written here by hand. Verifies raw[start:end]==text,
# sorting, the quotation-mark inventory and full sentence coverage of every paragraph.
D='data/uk_dev1/'; O='data/annotations/uk_dev1/'
files=['uk_dev1_commons_sketch.txt','uk_dev1_union_left.txt','uk_dev1_memoir_review.txt',
       'uk_dev1_israel_palestine.txt','uk_dev1_morning_call.txt']
# quotation-mark system per file: (outer open, outer close, inner open, inner close)
MARKS={'uk_dev1_commons_sketch.txt':('“','”','‘','’'),'uk_dev1_union_left.txt':('‘','’','“','”'),
       'uk_dev1_memoir_review.txt':('“','”','‘','’'),'uk_dev1_israel_palestine.txt':('"','"',"'","'"),
       'uk_dev1_morning_call.txt':('“','”','‘','’')}
def paras(raw):
    return [(m.start(),m.end(),m.group()) for m in re.finditer(r'[^\n]+',raw)][1:]  # skip title

def quote_spans(raw,f):
    """List every span inside quotation marks (state machine per paragraph). A closing mark that
    is also the apostrophe character closes only when not followed by a letter; an inner opening
    straight ' counts only after whitespace. An outer quotation still open at paragraph end runs
    to the paragraph end (multi-paragraph quotation)."""
    oo,oc,io,ic=MARKS[f]; out=[]
    for ps,pe,pt in paras(raw):
        o=i=None; k=0
        while k<len(pt):
            c=pt[k]; nxt=pt[k+1] if k+1<len(pt) else ' '; prv=pt[k-1] if k else ' '
            if o is None:
                if c==oo: o=k+1
            elif i is None:
                if c==io and (io!="'" or prv.isspace()) and not (io==oc=='"'): i=k+1
                elif c==oc and not (oc in "’'" and nxt.isalpha()):
                    out.append((ps+o,ps+k,'outer')); o=None
            else:
                if c==ic and not (ic in "’'" and nxt.isalpha()):
                    out.append((ps+i,ps+k,'inner')); i=None
            k+=1
        assert i is None
        if o is not None: out.append((ps+o,pe,'outer-unclosed'))
    return sorted(out)

# ---- quotes: (first words inside the marks, kind, speaker, cue, continuation, notes), in order
Q={
'uk_dev1_commons_sketch.txt':[
 ('Can the Prime Minister tell','speech','Rosalind Mercer','begin','false','split question; interposed cue "she began"'),
 ('how many of his own MPs','speech','Rosalind Mercer','begin','false','second piece of the split quotation'),
 ('More than he’d like!','speech','a backbencher','shout','false','heckle'),
 ('I am proud','speech','Daniel Harcourt','reply','false','"the Prime Minister" = Daniel Harcourt'),
 ('and I will take no lessons','speech','Daniel Harcourt','reply','false','second piece'),
 ('That wasn’t an answer.','speech','Rosalind Mercer','','false','"Ms Mercer tried again." is narration, not a reporting verb: cue empty; speaker change -> continuation false'),
 ('pre-empt the Chancellor','speech','Daniel Harcourt','say','false','fragment in reported speech'),
 ('Pre-empt! Pre-empt!','speech','a cluster of Tory MPs','chant','false','"a cluster of them", them = Tory MPs (noun completed from the text)'),
 ('nine hours on a kitchen floor','speech','Owen Pritchard','say','false','fragment inside "he said"'),
 ('deeply distressing','speech','Daniel Harcourt','call','false','call + specific source = speech'),
 ('I know my right honourable friend','speech','Margaret Oyelaran','say','false',''),
 ('So I simply ask him:','speech','Margaret Oyelaran','','true','cue-less sentence after "she said."'),
 ('I believe in a strong economy','speech','Daniel Harcourt','say','false',''),
 ('Shameful!','speech','someone on the Conservative benches','cry','false','heckle'),
 ('The Prime Minister once described himself','speech','Rosalind Mercer','say','false',''),
 ('a socialist in a hurry','speech','Daniel Harcourt','describe','false','nested; the PM\'s own earlier words as Mercer quotes them'),
 ('Can he tell us where','speech','Rosalind Mercer','','true','cue-less after "she said."; the nested span is not the previous speech span'),
 ('I know exactly where I am going','speech','Daniel Harcourt','reply','false','"he replied", he = the Prime Minister'),
 ('and it is forward.','speech','Daniel Harcourt','reply','false','second piece'),
 ('He won the exchanges','speech','one Labour MP','say','false',''),
 ('He’s losing the argument.','speech','one Labour MP','','true',''),],
'uk_dev1_union_left.txt':[
 ('Workers First, Always','term','','','false','slogan on a banner'),
 ('We are not here to make friends','speech','Sharon Kirkbride','tell','false','"the Unite general secretary" = Sharon Kirkbride'),
 ('We are here to make sure','speech','Sharon Kirkbride','','true',''),
 ('the asks','speech','her officials','call','false','borderline term: a label, but attributed to a source with "call" (decision rule); speaker = Kirkbride\'s officials'),
 ('a choice between governing','speech','Marcus Bell','describe','false',''),
 ('This is entryism with a pension scheme','speech','one Labour to Win organiser','say','false',''),
 ('They want to buy','speech','one Labour to Win organiser','','true',''),
 ('Unite members pay','speech','Alice Thorne','say','false','"she said", she = Thorne'),
 ('and if that’s entryism','speech','Alice Thorne','say','false','second piece of split quotation, interposed cue'),
 ('no plot','speech','Alice Thorne','insist','false','two-word fragment; insists + source = speech'),
 ('I want the government to succeed','speech','Alice Thorne','','true',''),
 ('conducted fairly','speech','A spokesperson for the party','say','false',''),
 ('will work with whoever','speech','A spokesperson for the party','say','false','"said only that X, and that Y": the verb governs this span too (guideline cue rule); heldout coded a similar span as cue-less continuation'),
 ('If Thorne gets on the ballot','speech','one cabinet minister','put','false','colon introducer "put it more bluntly:"'),
 ('Ten years ago','speech','Sharon Kirkbride','say','false','"she said", she = Kirkbride (paragraph opens "For Kirkbride")'),
 ('Then we won the leadership','speech','Sharon Kirkbride','','true',''),
 ('When the Prime Minister says','speech','Sharon Kirkbride','add','false','outer piece containing nested double quotes'),
 ('tough choices','speech','the Prime Minister','say','false','nested; the PM\'s words as Kirkbride quotes them ("says")'),
 ('my members hear','speech','Sharon Kirkbride','add','false','second piece of split quotation'),
 ('your choice, your problem','term','','','false','nested; what members "hear": a gloss, not anyone\'s utterance'),
 ('We’ve been here before','speech','one delegate from Unite’s Birmingham branch','say','false',''),
 ('The difference this time','speech','one delegate from Unite’s Birmingham branch','','true',''),],
'uk_dev1_memoir_review.txt':[
 ('Holding the Line','term','','','false','title of a work'),
 ('A Grammar School Boy in Whitehall','term','','','false','chapter heading'),
 ('never once voted','speech','Gareth Lowell','describe','false','the book\'s words ("whom he describes as")'),
 ('I told the Prime Minister','speech','Gareth Lowell','write','false','"he writes"'),
 ('He listened politely','speech','Gareth Lowell','','true',''),
 ('The Cassandra Years','term','','','false','chapter title'),
 ('decent but limited','speech','Gareth Lowell','','true','the book\'s words; cue-less, same voice as previous speech span'),
 ('the permanent opposition','speech','Gareth Lowell','','true','borderline term: the writer calls it "a phrase", but it is Lowell\'s wording from the book'),
 ('misled, though not lied to','speech','Gareth Lowell','say','false',''),
 ('I had written two speeches','speech','Gareth Lowell','','true','multi-paragraph book quotation introduced by a colon without a reporting verb; unclosed, runs to the paragraph end'),
 ('I put both speeches','speech','Gareth Lowell','','true','second paragraph of the quotation (reopened)'),
 ('a man of boundless confidence','speech','Gareth Lowell','call','false',''),
 ('What I Would Tell My Younger Self','term','','','false','chapter title'),
 ('no regrets, only lessons','speech','Gareth Lowell','tell','false','festival talk'),],
'uk_dev1_israel_palestine.txt':[
 ('guided by international law','speech','the government','insist','false','"a government that insists" = the British government; short description from the text'),
 ('a question of when, not if','speech','Helen Ashby','tell','false',''),
 ('a two-state solution','speech','More than 130 Labour MPs','argue','false','their letter; collective speaker'),
 ('Every week we wait','speech','Imran Qadir','tell','false',''),
 ('The settlements don\'t pause','speech','Imran Qadir','','true',''),
 ('condemns in the strongest terms','speech','the Foreign Office','say','false','statement'),
 ('illegal under international law','speech','the Foreign Office','describe','false',''),
 ('We call on the government of Israel','speech','the Foreign Office','add','false','colon introducer "It added:"'),
 ('gesture politics','speech','The Conservatives','accuse','false','accuse + source = speech (borderline term)'),
 ('reward Hamas','speech','Philip Danvers','say','false',''),
 ('I have worked in humanitarian crises','speech','Tomas Lindqvist','say','false',''),
 ('I have not seen a population','speech','Tomas Lindqvist','','true',''),
 ('beyond catastrophic','speech','Tomas Lindqvist','describe','false','own cue -> continuation false'),
 ('Recognise Palestine Now','term','','','false','placard slogan (written, no speaker)'),
 ('Not in our name','speech','the crowd','chant','false','a chant is speech'),
 ('deeply unhelpful','speech','The US administration','warn','false','"according to two officials" reports the warning; the words are the administration\'s'),
 ('Ministers keep asking','speech','A Whitehall official involved in the review','put','false','colon introducer'),
 ('achieve on the ground','speech','Ministers','ask','false','nested straight single quotes'),],
'uk_dev1_morning_call.txt':[
 ('This isn’t a rebellion','speech','Hannah Ferris','tell','false','told Times Radio'),
 ('Nobody came into politics','speech','Hannah Ferris','','true',''),
 ('fall comfortably','speech','A No 10 source','say','false',''),
 ('no intention of blinking','speech','A No 10 source','say','false','"said ... and that ...": same cue governs both'),
 ('I’ve listened','speech','Anita Rowe','say','false','said on X'),
 ('the biggest cut','speech','Priya Lal','call','false',''),
 ('a gift wrapped in a surrender','speech','Laura Keane','call','false',''),
 ('quietly reassured','speech','a Whitehall source','according to','false','cue is the phrase "according to" (no verb); hard call'),
 ('The Americans care about the runway','speech','a Whitehall source','say','false','"the source said" = the Whitehall source; own cue -> continuation false'),
 ('a British accounting matter','speech','Mauritius’s government','say','false','statement'),
 ('ours to lose','speech','Dean Marsh','tell','false','told GB News'),
 ('never had more volunteers','speech','A Reform spokesman','say','false',''),
 ('We’re not writing it off','speech','a campaign official','say','false',''),
 ('but we’re not booking','speech','a campaign official','say','false','second piece of split quotation'),
 ('The Long Goodbye','term','','','false','headline of a piece (title of a work)'),
 ('I’ve seen better-organised queues','speech','a Labour whip','','false','attributed by a dash line ("– a Labour whip"), no verb: cue empty'),],
}

# ---- timex: (text, type, value, mod, notes), in reading order
T={
'uk_dev1_commons_sketch.txt':[
 ('noon on Wednesday','TIME','2025-11-19T12:00','','composite; PMQs on the publication day'),
 ('all week','DURATION','P1W','',''),
 ('this month','DATE','2025-11','',''),
 ('14 years','DURATION','P14Y','',''),
 ('last winter','DATE','2024-WI','','winter 2024-25, the winter before publication'),
 ('two seconds','DURATION','PT2S','',''),
 ('once','DATE','PAST_REF','','deictic adverb (once = formerly)'),
 ('12.38pm','TIME','2025-11-19T12:38','',''),],
'uk_dev1_union_left.txt':[
 ('the Saturday night','TIME','2025-09-20TNI','','the Saturday before conference; Monday/Wednesday anchors in the text place it on 20 Sept'),
 ('2023','DATE','2023','',''),
 ('the past two years','DURATION','P2Y','',''),
 ('once','DATE','PAST_REF','','deictic adverb'),
 ('now','DATE','PRESENT_REF','',''),
 ('Friday','DATE','2025-09-26','','nominations close; the coming Friday'),
 ('every month','SET','P1M','',''),
 ('Monday morning','TIME','2025-09-22TMO','',''),
 ('the winter','DATE','2025-WI','','the coming winter'),
 ('Ten years ago','DATE','2015','',''),
 ('the spring','DATE','2026-SP','','the coming spring'),
 ('Friday','DATE','2025-09-26','',''),
 ('Wednesday morning','TIME','2025-09-24TMO','','publication day'),
 ('before','DATE','PAST_REF','','deictic adverb ("been here before" = before now)'),],
'uk_dev1_memoir_review.txt':[
 ('six years','DURATION','P6Y','',''),
 ('22','DURATION','P22Y','','elliptical "22 [years] in the Commons"; hard call'),
 ('July 2024','DATE','2024-07','',''),
 ('the past year','DURATION','P1Y','',''),
 ('2012','DATE','2012','','in "the 2012 spending round"'),
 ('March 2003','DATE','2003-03','',''),
 ('now','DATE','PRESENT_REF','','"now says"'),
 ('then','DATE','2003','APPROX','anaphoric then = at that time (the 2003 vote), inside the quotation'),
 ('now','DATE','PRESENT_REF','','inside the quotation'),
 ('the night','TIME','2019-12-12TNI','','the night of the 2019 (general) election, 12 Dec 2019; "2019" tagged separately'),
 ('2019','DATE','2019','',''),
 ('about ten o’clock','TIME','2019-12-12T22:00','APPROX','that night'),
 ('last weekend','DATE','2025-W40-WE','','4-5 Oct 2025, publication Friday 10 Oct'),
 ('Sunday','DATE','2025-10-05','',''),],
'uk_dev1_israel_palestine.txt':[
 ('this summer','DATE','2025-SU','',''),
 ('Monday','DATE','2025-07-28','',''),
 ('a weekend','DATE','2025-W30-WE','','the weekend before Monday 28 July (26-27 July)'),
 ('last week','DATE','2025-W30','',''),
 ('Every week','SET','P1W','','inside quotation'),
 ('Tuesday','DATE','2025-07-29','',''),
 ('now','DATE','PRESENT_REF','','"recognition now"'),
 ('7 October','DATE','2023-10-07','','the Hamas attack; year from world knowledge, not the anchor'),
 ('the spring','DATE','2025-SP','','past spring (has shifted since the spring)'),
 ('25 years','DURATION','P25Y','',''),
 ('Friday','DATE','2025-07-25','',''),
 ('Saturday afternoon','TIME','2025-07-26TAF','',''),
 ('the past fortnight','DURATION','P2W','',''),
 ('September','DATE','2025-09','',''),
 ('now','DATE','PRESENT_REF','','"for now"'),],
'uk_dev1_morning_call.txt':[
 ('today','DATE','2026-01-14','','literal day of the newsletter'),
 ('tonight','TIME','2026-01-14TNI','',''),
 ('last night','TIME','2026-01-13TNI','','"As of last night"'),
 ('a year','DURATION','P1Y','','delay ... by a year'),
 ('late last night','TIME','2026-01-13TNI','END',''),
 ('a year','SET','P1Y','','rate "£4,200 a year" = annually'),
 ('a decade','DURATION','P1DE','','inside quotation'),
 ('at least 99 years','DURATION','P99Y','MORE_THAN','"at least" (TIMEX3 EQUAL_OR_MORE not in the allowed list)'),
 ('Thursday 5 February','DATE','2026-02-05','',''),
 ('now','DATE','PRESENT_REF','','"was now “ours to lose”"'),
 ('Christmas','DATE','2025-12-25','','since Christmas'),
 ('9.30am','TIME','2026-01-14T09:30','',''),
 ('this afternoon','TIME','2026-01-14TAF','',''),
 ('now','DATE','PRESENT_REF','','"online now"'),
 ('last night','TIME','2026-01-13TNI','','"last night’s meeting"; possessive excluded'),
 ('recently','DATE','PAST_REF','','"until recently"'),
 ('this morning','TIME','2026-01-14TMO','',''),
 ('tomorrow','DATE','2026-01-15','',''),
 ('7am','TIME','2026-01-15T07:00','','tomorrow from 7am'),],
}

# ---- sentences: candidate boundaries by rule, every one reviewed by reading; exceptions here.
# NOBREAK: (file, text just before a candidate boundary) that is NOT a boundary. BREAK: extra.
NOBREAK=set()  # every candidate boundary was read and accepted: no exception was needed

# ---- themes v2: per body paragraph (SR, PF, IRAQ, IP, AUS, negated, notes)
Z=(0,0,0,0,0,'','')
TH={
'uk_dev1_commons_sketch.txt':[
 Z,
 (0,1,0,0,1,'','two-child limit = welfare/child poverty; PF borderline: the PM\'s own MPs writing to demand a policy change (rejection of the party line by party figures)'),
 (0,0,0,0,0,'','heckle only; one weak cue, no content'),
 (0,0,0,0,1,'','child poverty record'),
 (0,0,0,0,1,'','"scrap it" = the two-child limit (reference resolved from the article)'),
 Z,
 (0,0,0,0,0,'','ambulance waits: a public-service case, no cut or inequality stated'),
 (0,1,0,0,1,'','Labour chair of committee presses her own leader: Treasury money vs children growing up poor; PF borderline'),
 (0,0,0,0,1,'','borderline: "strong economy that can pay for strong public services" answers the child-poverty question; Labour murmur alone not coded PF'),
 (0,1,0,0,0,'','borderline: opposition leader jibes that his backbenchers are not following him (rule 3, whoever speaks)'),
 (0,1,0,0,0,'','borderline: front bench nods, backbenchers behind do not (a rift stated in colour)'),
 (0,0,0,0,0,'','a Labour MP judges his performance; not a rejection of the leader'),],
'uk_dev1_union_left.txt':[
 Z,
 (0,1,0,0,0,'','union against the party leadership: "make sure the party remembers who built it"'),
 (0,1,0,0,0,'','affiliation money as a lever on the party; two-child limit only in a list of demands -> austerity 0 (rule 2)'),
 (0,1,0,0,0,'','deputy leadership contest, left vs right groups'),
 (0,1,0,0,0,'','entryism charge'),
 (0,1,0,0,0,'party_factionalism','every factional statement is a denial (not entryism, "no plot")'),
 (0,1,0,0,0,'',''),
 (0,1,0,0,0,'','a wing\'s history inside the party'),
 (0,1,0,0,1,'','austerity borderline: "tough choices" / "your choice, your problem" read in the article\'s context (two-child limit)'),
 (0,1,0,0,0,'','Momentum and Labour to Win lobbying MPs on the nominations'),],
'uk_dev1_memoir_review.txt':[
 Z,Z,
 (0,0,0,0,0,'','2012 spending round: one weak cue ("numbers did not add up"), no cut discussed; disagreement inside a government is not PF'),
 (0,0,0,0,0,'','colleagues and officials disparaged; not a faction'),
 (0,0,1,0,0,'','vote for the Iraq war on the intelligence dossier, "misled"'),
 Z,Z,Z,
 (0,0,0,0,0,'','personal animus against his successor as party chairman: no factional struggle stated'),
 Z,],
'uk_dev1_israel_palestine.txt':[
 (0,0,0,1,0,'',''),
 (0,1,0,1,0,'','PF borderline: 130 Labour MPs pressing their own Foreign Secretary ("pressure from her own benches")'),
 (0,0,0,1,0,'',''),
 (0,0,0,1,0,'',''),
 (0,0,0,1,0,'','Tory position shifting is not a conflict inside the party'),
 (0,0,0,1,0,'','Gaza humanitarian conditions'),
 (0,0,0,1,0,'','protest and slogans'),
 (1,0,0,1,0,'','US warning to London over recognition'),
 (0,0,0,1,0,'',''),
 (0,0,0,1,0,'',''),],
'uk_dev1_morning_call.txt':[
 (0,0,0,0,0,'','list of the day\'s stories (rule 2)'),
 (0,1,0,0,1,'','welfare tightening; 41 Labour MPs sign a rebel amendment'),
 (0,1,0,0,1,'party_factionalism','"This isn’t a rebellion": the only PF statement is a denial; taking money off disabled people = austerity'),
 (0,1,0,0,0,'','No 10 against the rebels ("no intention of blinking"); borderline'),
 (0,0,0,0,0,'','emollient words, no content'),
 (0,0,0,0,1,'','distributional estimate of the cut'),
 (0,0,0,0,0,'','cost of the Chagos deal; no UK-US content yet'),
 (1,0,0,0,0,'','Washington reassured about Diego Garcia'),
 Z,Z,Z,Z,Z,
 (0,1,0,0,0,'','the welfare fight as a succession struggle'),
 (0,0,0,0,0,'','a whip mocks a PLP meeting; no conflict stated'),
 Z,Z,],
}

def sentence_split(f,ps,pt):
    out=[]; s=0
    for m in re.finditer(r'[.?!]+[”’"\')]*(?=\s+[“‘"\'(A-Z0-9])',pt):
        e=m.end(); key=pt[s:e]
        if any(f==a and key.endswith(b) for a,b in NOBREAK): continue
        out.append((s,e)); s=e
        while s<len(pt) and pt[s].isspace(): s+=1
    out.append((s,len(pt.rstrip())))
    return [(ps+a,ps+b) for a,b in out]

qr,tr,sr,thr=[],[],[],[]; counts={}
for f in files:
    raw=open(D+f,encoding='utf-8').read(); P=paras(raw)
    spans=quote_spans(raw,f)
    assert len(spans)==len(Q[f]),(f,len(spans),[raw[a:b][:30] for a,b,_ in spans])
    for (a,b,kd),(k,kind,sp,cue,cont,n) in zip(spans,Q[f]):
        assert raw[a:b].startswith(k),(f,raw[a:b],k)
        assert kind in ('speech','term') and (kind=='speech' or (sp==''and cue=='' and cont=='false'))
        assert not (cont=='true' and cue)
        qr.append([f,a,b,raw[a:b],kind,sp,cue,cont,n])
    # mark inventory: every opening mark is accounted for by a row
    oo,oc,io,ic=MARKS[f]
    if oo!='"': assert raw.count(oo)==sum(1 for s in spans if s[2]!='inner'),(f,'outer')
    else: assert raw.count('"')==2*sum(1 for s in spans if s[2]=='outer')
    if io=='“': assert raw.count(io)==sum(1 for s in spans if s[2]=='inner')
    if io=='‘': assert raw.count(io)==sum(1 for s in spans if s[2]=='inner'),(f,'inner')
    pos=0
    for (t,ty,v,mod,n) in T[f]:
        i=raw.index(t,pos)
        while (i>0 and raw[i-1].isalnum()) or (i+len(t)<len(raw) and raw[i+len(t)].isalnum()): i=raw.index(t,i+1)
        tr.append([f,i,i+len(t),t,ty,v,mod,n]); pos=i+len(t)
    sc=0
    for (ps,pe,pt) in P:
        ss=sentence_split(f,ps,pt)
        # coverage: only whitespace between consecutive sentences, paragraph fully covered
        assert ss[0][0]==ps and ss[-1][1]==pe
        for (a,b),(c,d) in zip(ss,ss[1:]): assert raw[b:c].strip()=='' and b<c
        for a,b in ss: sr.append([f,a,b,raw[a:b]]); sc+=1
    assert len(P)==len(TH[f]),(f,len(P),len(TH[f]))
    for (ps,pe,pt),row in zip(P,TH[f]): thr.append([f,ps,pe,pt,*row])
    counts[f]=dict(sentences=sc,quotes=len(Q[f]),speech=sum(q[1]=='speech' for q in Q[f]),
                   term=sum(q[1]=='term' for q in Q[f]),timex=len(T[f]),paragraphs=len(P),
                   **{k:sum(r[j] for r in TH[f]) for j,k in enumerate(['sr','pf','iraq','ip','aus'])})
def w(name,hdr,rows):
    rows.sort(key=lambda r:(files.index(r[0]),r[1]))
    for r in rows: assert open(D+r[0],encoding='utf-8').read()[r[1]:r[2]]==r[3]
    with open(O+name,'w',encoding='utf-8',newline='') as fh:
        c=csv.writer(fh); c.writerow(hdr); c.writerows(rows)
w('quotes.csv','source,start,end,text,kind,speaker,cue,continuation,notes'.split(','),qr)
w('timex.csv','source,start,end,text,type,value,mod,notes'.split(','),tr)
w('sentences.csv','source,start,end,text'.split(','),sr)
w('themes_v2.csv','source,start,end,text,special_relationship,party_factionalism,iraq_war_intelligence,israel_palestine,austerity_inequality,negated,notes'.split(','),thr)
for f in files: print(f,counts[f])

import csv, re
# uk_dev3 (helper session, branch wt-uk_dev3, 2026-12-06, written and annotated blind).
# The annotator's record of every labelling decision; run from the project root to rebuild the
# gold files. Offsets are computed by locating each unit (quotation spans from the marks, sentences
# by a boundary pattern whose every split was read and checked by hand, timexes by searching forward
# for the hand-listed strings); labels are written here by hand. Every row is verified
# raw[start:end] == text.
D='data/uk_dev3/'; O='data/annotations/uk_dev3/'
files=['uk_dev3_diary.txt','uk_dev3_byelection.txt','uk_dev3_leadership.txt','uk_dev3_councils.txt','uk_dev3_brexit.txt']

def paras(raw):
    """(start, end, text) of every non-empty line; the first is the title."""
    return [(m.start(),m.end(),m.group()) for m in re.finditer(r'[^\n]+',raw)]

# ---------------------------------------------------------------- quotations
# one tuple per span in quotation marks, in text order:
# (first words inside the marks, kind, speaker, cue, continuation, note)
Q={
'uk_dev3_diary.txt':[
 ('It was like watching cats','speech','a former minister','say','false','source introduced by "I am told by a former minister that ..." in the previous sentence; "he said" is the cue of this split quotation'),
 ('except the cats had','speech','a former minister','say','false','second piece of a split quotation; interposed cue'),
 ('a regimental dinner','speech','one Tory grandee','muse','false','partial quotation after "muses that"'),
 ('Discretion,','speech','one Tory grandee','tell','false','split quotation; he = the grandee'),
 ('is the last vice','speech','one Tory grandee','tell','false','second piece of a split quotation'),
 ('Darling,','speech','Harriet Oyelaran','reply','false','split quotation'),
 ('I can barely stand','speech','Harriet Oyelaran','reply','false','second piece of a split quotation'),
 ('humourless, but thorough','speech','one of her colleagues','describe','false','"One of her colleagues describes the whips as"; her = Harriet Oyelaran'),
 ('Proud to stand with','speech','Giles Farrant','post','false','a tweet introduced by "he posted:"'),
 ('removed for reasons of taste','speech','a spokesman for Farrant','say','false',''),
 ('We believe in scarcity,','speech','Simon Achterberg','tell','false','he = The director, Simon Achterberg'),
 ('It focuses the mind.','speech','Simon Achterberg','','true',''),
 ('productivity puzzle','term','','','false','topic label of the report'),
 ('He’s not a bad man.','speech','one aide','overhear','false','"Overheard ..., one aide to another ...:" - the writer\'s verb "overheard" is the cue; borderline cue empty'),
 ('grown-ups','term','','','false','a label a group of MPs applies to itself, mentioned by the writer (no utterance on an occasion)'),
 ('what most of this place','speech','a former chief whip','assure','false','"I am assured by a former chief whip"'),
],
'uk_dev3_byelection.txt':[
 ('I’ve voted Labour all my life','speech','a retired nurse outside the Co-op','say','false',''),
 ('Don’t put my name in.','speech','a retired nurse outside the Co-op','','true',''),
 ('FLUSHED AWAY','speech','a hand-painted sign','read','false','words on a roadside sign ("a hand-painted sign reads"); borderline with a slogan (term)'),
 ('there for the taking','speech','Craig Wendell','tell','false','"telling anyone who will listen that the seat is"'),
 ('What people here want','speech','Craig Wendell','tell','false','he = Craig Wendell (the Reform candidate followed around the estate)'),
 ('They’ve been taken for granted','speech','Craig Wendell','','true',''),
 ('get in there and sort it out','speech','Craig Wendell','say','false',''),
 ('People aren’t asking me','speech','Siobhan Mercer','say','false',''),
 ('They’re asking me why','speech','Siobhan Mercer','','true',''),
 ('If our lot stay in','speech','Tony Brabazon','say','false',''),
 ('It’s that simple.','speech','Tony Brabazon','','true','runs over three sentences'),
 ('Don’t print the bit','speech','Tony Brabazon','','true','after the narrator\'s "He paused."'),
 ('the only party that can beat','speech','the Liberal Democrats','say','false','collective speaker'),
 ('a by-election in search','speech','the Kelham Chronicle','call','false','"Its editorial last week called the contest"; the paper as speaker'),
 ('as a weather vane','speech','the Kelham Chronicle','accuse','false','"accused all three main parties of treating the town" - same editorial, its own cue'),
 ('They all say the same thing','speech','a man in a Leeds United shirt','say','false',''),
 ('just to see what happens','speech','a decorator in his fifties','say','false','"His friend, a decorator in his fifties ... he says"'),
 ('I’ll tell you what happens','speech','a woman pushing a pram','say','false',''),
 ('Nothing.','speech','a woman pushing a pram','','true',''),
],
'uk_dev3_leadership.txt':[
 ("the membership's heart",'speech',"Annika Drury's campaign",'insist','false','"her campaign insists"; her = Annika Drury'),
 ("It's not a split,",'speech','one MP','say','false',''),
 ("It's a conversation about direction",'speech','one MP','','true',''),
 ('Take Back Our Right','term','','','false','campaign slogan ("the slogan")'),
 ('We will not beat a copy','speech','Annika Drury','tell','false',''),
 ('Voters always prefer','speech','Annika Drury','','true',''),
 ('frightened the horses','speech','a cabinet minister from the last Conservative government','tell','false','"told the New Statesman that"'),
 ("I don't love her,",'speech','a cabinet minister from the last Conservative government','say','false',''),
 ("But I'd rather lose",'speech','a cabinet minister from the last Conservative government','','true',''),
 ('We cannot support any candidate','speech','34 MPs from the One Nation wing','read','false','a published letter: "it read"; speaker = its signatories'),
 ('A pact with Reform would be','speech','34 MPs from the One Nation wing','','true','the letter continues'),
 ('the usual suspects','speech',"Rupert Calloway's team",'dismiss','false','"Calloway\'s team dismissed the signatories as"'),
 ('the people who lost us','speech','Oliver Penhaligon','describe','false',''),
 ("We've got six weeks",'speech','a senior whip','say','false',''),
 ('Every day they fight','speech','a senior whip','','true',''),
 ('I will serve the party,','speech','Annika Drury','say','false','she = Drury (asked at the Harrogate hustings)'),
 ('wide open','speech','Tom Adeyemi','say','false',''),
 ('settled in all but','speech',"Rupert Calloway's spokeswoman",'call','false',''),
 ('In the end, we always unite.','speech','one veteran of three leadership contests','put','false','"put it to me ...:" - colon introduction'),
],
'uk_dev3_councils.txt':[
 ('running on fumes','speech','the Institute for Fiscal Studies','say','false','"the system, it says, is" - it = the IFS (its conclusion)'),
 ('Councils are being asked','speech','the Institute for Fiscal Studies','conclude','false','"the report concludes" - the IFS report; organisation as speaker'),
 ('At some point, less becomes','speech','the Institute for Fiscal Studies','','true',''),
 ('There is no further discretionary','speech','Janice Okonjo','write','false','letter to councillors'),
 ('Every remaining saving','speech','Janice Okonjo','','true',''),
 ('will test the resilience','speech','the Marlbury and District NHS Foundation Trust','warn','false','"A separate paper, presented to the trust\'s board ... warns"; the trust\'s document, speaker = the trust'),
 ('the squeezed decade','term','','','false','title/theme of a report'),
 ('This is not a story','speech','Laura Feeney','say','false',''),
 ('It’s a story about choices','speech','Laura Feeney','','true',''),
 ('inherited a broken system','speech','a spokesperson for the Ministry of Housing, Communities and Local Government','say','false',''),
 ('an extra £4bn next year','speech','a spokesperson for the Ministry of Housing, Communities and Local Government','say','false','second complement of the same "said ... and was giving councils"; the cue governs this span too'),
 ('We will not pretend','speech','Alan Pryce','tell','false',''),
 ('But we have begun.','speech','Alan Pryce','','true',''),
 ('It’s always the same,','speech','one mother','say','false',''),
 ('They’re sorry, it’s the government','speech','one mother','','true','runs over two sentences'),
 ('within the lifetime of this parliament','speech','the Institute for Fiscal Studies','warning','false','"its report ends with a warning:"; noun cue'),
],
'uk_dev3_brexit.txt':[
 ('We came to talk about the future,','speech','one senior British official','say','false','British single quotes as primary marks throughout this article'),
 ('and we spent four hours','speech','one senior British official','say','false','second piece of a split quotation'),
 ('reset','term','','','false','label of the policy ("a promise of a ‘reset’")'),
 ('The United Kingdom wants','speech','Katrien Vermeulen','tell','false',''),
 ('We have seen this film','speech','Katrien Vermeulen','','true',''),
 ('Everything is possible.','speech','Katrien Vermeulen','','true','after "Asked whether ..., she smiled." - no reporting verb of its own'),
 ('fully committed to a deal','speech','a No 10 spokesman','say','false',''),
 ('rushed into accepting','speech','a No 10 spokesman','say','false','second complement of the same "said"'),
 ('a ransom note with a flag','speech','one official','describe','false','"One [of the officials] described ... as"; speaker completed with the noun the text implies'),
 ('risks sacrificing a strategic','speech','the German foreign ministry','warn','false','a leaked memo "from the German foreign ministry ... warns"; document of an organisation'),
 ('exceeds that of any member state','speech','the German foreign ministry','note','false','"The memo ... notes that"'),
 ('the worst outcome for European','speech','the German foreign ministry','call','false','"and calls a British withdrawal ..."'),
 ('Paris thinks it is negotiating','speech','a German official in Brussels','say','false',''),
 ('Berlin thinks we are','speech','a German official in Brussels','','true',''),
 ('Please don’t print','speech','a German official in Brussels','add','false','"She laughed, then added:"'),
 ('the Union negotiates as one','speech','a diplomat at France’s permanent representation','insist','false',''),
 ('the mantra','term','','','false','the name officials habitually give the line ("refer to it simply as"); no single utterance - term (borderline speech)'),
 ('You can’t be married','speech','one American trade official','tell','false',''),
 ('stop tiptoeing','speech','Forty Labour backbenchers','urge','false','their letter: "wrote to the Prime Minister ... urging him to"'),
 ('electoral suicide in the red wall','speech','a smaller group of MPs in Leave-voting seats','warn','false',''),
 ('Nobody in Whitehall will sign off','speech','a former UK trade negotiator','say','false',''),
 ('The “youth experience scheme” is','speech','a former UK trade negotiator','','true',''),
 ('youth experience scheme','term','','','false','nested double quotes inside the single-quoted speech: the scheme\'s name held at a distance'),
 ('natural deadline','speech','officials','describe','false','"officials describe the summer as" - reporting verb with a source (borderline term)'),
 ('The Channel is 21 miles wide.','speech','one senior British official','put','false','"As the British official put it ...:" - the official of the first paragraph; own cue, so not a continuation'),
],
}

def quote_spans(f,raw):
    """Spans inside quotation marks in the body (title excluded)."""
    body_start=paras(raw)[1][0]
    sp=[]
    for m in re.finditer(r'"([^"\n]*)"|“([^”\n]*)”',raw):
        g=1 if m.group(1) is not None else 2
        if m.start()>=body_start: sp.append((m.start(g),m.end(g)))
    # single quotation marks: ‘ opens; the closing ’ is the first ’ not followed by a letter
    for m in re.finditer(r'‘',raw):
        if m.start()<body_start: continue
        j=m.end()
        while True:
            j=raw.index('’',j)
            if j+1>=len(raw) or not raw[j+1].isalpha(): break
            j+=1
        sp.append((m.end(),j))
    return sorted(sp)

# ---------------------------------------------------------------- timexes
# (text, type, value, mod, note), in text order (searched forward, whole words)
T={
'uk_dev3_diary.txt':[
 ('40 minutes','DURATION','PT40M','','in the title'),
 ('Tuesday night','TIME','2025-09-30TNI','','the Tuesday of the Labour conference in Liverpool (conference season is over; the conference ran into the first days of October), not the Tuesday of the publication week (2025-10-07) - annotator\'s judgement'),
 ('the spring','DATE','2025-SP','','since the spring'),
 ('now','DATE','PRESENT_REF','',''),
 ('last week','DATE','2025-W40','','week before the Friday of publication'),
 ('2019','DATE','2019','','"the 2019 intake" = MPs first elected in 2019; tagged as the election year (borderline: a group name)'),
 ('Saturday morning','TIME','2025-10-04TMO','',''),
 ('today','DATE','2025-10-04','','inside the tweet: the day it was posted (Saturday)'),
 ('40 minutes','DURATION','PT40M','',''),
 ('ten past seven on Monday','TIME','2025-10-06T19:10','','one composite expression'),
 ('Wednesday','DATE','2025-10-08','',''),
 ('three weeks','DURATION','P3W','','"rises again in three weeks" - measure phrase; could be resolved to a date (c. 2025-W44)'),
 ('2015','DATE','2015','','since 2015, inside the quotation'),
],
'uk_dev3_byelection.txt':[
 ('ten','TIME','XXXX-XX-XXT22:00','','habitual closing time ("closes at ten")'),
 ('half past nine on a wet Saturday evening','TIME','2025-06-14T21:30','','the reporter\'s visit, the Saturday before publication (Tuesday 17 June); one composite expression incl. the adjective "wet"'),
 ('Thursday','DATE','2025-06-19','','polling day'),
 ('two days’ time','DURATION','P2D','','"in two days’ time" = Thursday 19 June; measure phrase tagged as DURATION (an alternative is DATE 2025-06-19)'),
 ('April','DATE','2025-04','',''),
 ('now','DATE','PRESENT_REF','',''),
 ('six weeks','DURATION','P6W','',''),
 ('Friday afternoon','TIME','2025-06-13TAF','',''),
 ('forty years','DURATION','P40Y','',''),
 ('2010','DATE','2010','','since 2010'),
 ('2023','DATE','2023','',''),
 ('a year','SET','P1Y','','"£180,000 a year" - a rate; SET (borderline: part of a money amount)'),
 ('six','TIME','XXXX-XX-XXT18:00','','"doesn’t run after six" - habitual time of day'),
 ('the 1990s','DATE','199','','since the 1990s'),
 ('last week','DATE','2025-W24','',''),
 ('Friday morning','TIME','2025-06-20TMO','','the morning after polling day (count)'),
],
'uk_dev3_leadership.txt':[
 ('this week','DATE','2026-W30','',''),
 ('2 July','DATE','2026-07-02','',''),
 ('Monday','DATE','2026-07-27','','"The ballot ... opens on Monday" - scheduled future, the Monday after publication (Wednesday 22 July)'),
 ('4 September','DATE','2026-09-04','',''),
 ('Saturday','DATE','2026-07-18','',''),
 ('now','DATE','PRESENT_REF','','"now a backbencher"'),
 ('Last Thursday','DATE','2026-07-16','',''),
 ('4 September','DATE','2026-09-04','','after 4 September'),
 ('six weeks','DURATION','P6W','','inside the quotation (22 July to 4 September)'),
 ('Every day','SET','P1D','','"Every day they fight in public is a day ..." - quantifies over days; the second "a day" is not tagged'),
 ('Monday night','TIME','2026-07-20TNI','','past: the Monday before publication (contrast the future "Monday" in paragraph 2)'),
 ('a full minute','DURATION','PT1M','','"what felt like a full minute"; no mod'),
 ('last week','DATE','2026-W29','',''),
 ('2024','DATE','2024','','since 2024'),
 ('the summer','DATE','2026-SU','',''),
 ('Tuesday evening','TIME','2026-07-21TEV','',''),
],
'uk_dev3_councils.txt':[
 ('the past decade','DURATION','P1DE','',''),
 ('This week','DATE','2024-W48','',''),
 ('2010-11','DATE','2010/2011','','financial year 2010-11, written as a range'),
 ('last month','DATE','2024-10','','"last month’s Budget" (possessive ’s excluded)'),
 ('every year','SET','P1Y','',''),
 ('2015','DATE','2015','','since 2015'),
 ('14 years','DURATION','P14Y','','inside the quotation'),
 ('September','DATE','2024-09','',''),
 ('four years','DURATION','P4Y','',''),
 ('the next two years','DURATION','P2Y','','over the next two years'),
 ('2016','DATE','2016','','since 2016'),
 ('last week','DATE','2024-W47','',''),
 ('April','DATE','2025-04','','"by April" - the coming April'),
 ('October','DATE','2024-10','','"board papers for October"'),
 ('now','DATE','PRESENT_REF','',''),
 ('14 November','DATE','2024-11-14','',''),
 ('the winter','DATE','2024-WI','','the coming winter 2024-25'),
 ('October','DATE','2024-10','','published in October; "the squeezed decade" (a report title) not tagged'),
 ('2023','DATE','2023','',''),
 ('2008','DATE','2008','',''),
 ('a few years','DURATION','PXY','','inside the quotation'),
 ('2010','DATE','2010','','inside the quotation'),
 ('next year','DATE','2025','','inside the quotation'),
 ('over a decade','DURATION','P1DE','MORE_THAN','inside the quotation; "over" kept as modifier (as heldout "over a decade")'),
 ('Tuesday','DATE','2024-11-26','',''),
 ('14 years','DURATION','P14Y','','inside the quotation'),
 ('Thursday morning','SET','XXXX-WXX-4TMO','','"a Thursday morning playgroup" - a weekly playgroup; extent the temporal words only (borderline: could be the visit\'s time)'),
 ('1991','DATE','1991','','date from 1991'),
 ('years','DURATION','PXY','','"for years"; "the lifetime of this parliament" (a period named by an institution) not tagged'),
 ('now','DATE','PRESENT_REF','',''),
],
'uk_dev3_brexit.txt':[
 ('Six years','DURATION','P6Y','','"Six years after the United Kingdom left" - measure phrase, event outside the extent'),
 ('Wednesday night','TIME','2026-03-11TNI','',''),
 ('the future','DATE','FUTURE_REF','','inside the quotation'),
 ('four hours','DURATION','PT4H','','inside the quotation'),
 ('last May','DATE','2025-05','',''),
 ('last summer','DATE','2025-SU','',''),
 ('Ten months','DURATION','P10M','','"Ten months on"'),
 ('Thursday','DATE','2026-03-12','',''),
 ('before','DATE','PAST_REF','','deictic adverb: "We have seen this film before" (= before now), inside the quotation'),
 ('June','DATE','2026-06','',''),
 ('2 March','DATE','2026-03-02','',''),
 ('2016','DATE','2016','','since 2016, inside the quoted memo'),
 ('now','DATE','PRESENT_REF','','"officials now refer to it"'),
 ('January','DATE','2026-01','','since January; "at once" in the next quotation means simultaneously, not tagged'),
 ('last month','DATE','2026-02','',''),
 ('February','DATE','2026-02','',''),
 ('a year','SET','P1Y','','"£800m a year" - a rate (borderline, as in the by-election file)'),
 ('now','DATE','PRESENT_REF','','"who now advises"'),
 ('now','DATE','PRESENT_REF','','For now'),
 ('the week of 23 March','DATE','2026-W13','','23 March 2026 is a Monday'),
 ('the summer','DATE','2026-SU','',''),
 ('July','DATE','2026-07','',''),
 ('then','DATE','2026-07','','anaphoric "by then" = by the July summit'),
 ('Wednesday','DATE','2026-03-11','',''),
],
}

# ---------------------------------------------------------------- themes v2
# one tuple per body paragraph: (special_relationship, party_factionalism, iraq_war_intelligence,
# israel_palestine, austerity_inequality, negated, note)
Z=(0,0,0,0,0,'','')
TH={
'uk_dev3_diary.txt':[
 Z,
 (0,0,0,0,0,'','ministers arguing over a leak and a donor seen at Reform fundraisers: gossip, no factional struggle stated (borderline PF 0)'),
 (0,0,0,0,0,'','a grandee\'s jibe at the party\'s state and its leaders: no groups in conflict (borderline PF 0)'),
 (0,0,0,0,0,'','a joke about standing for deputy leader, badly received by the whips: no contest or rift stated (borderline PF 0)'),
 Z,Z,Z,
 (0,1,0,0,0,'','a self-styled group of Labour MPs ("grown-ups") irritating the leader\'s office: a faction within the party'),
 Z],
'uk_dev3_byelection.txt':[
 Z,Z,Z,
 (0,0,0,0,0,'','NHS waiting list and "since 2010": one weak cue, no cuts or funding stated (borderline austerity 0)'),
 (0,0,0,0,1,'','library shut by the county council to save money; a bus that no longer runs in the evening'),
 Z,Z,Z,Z,Z],
'uk_dev3_leadership.txt':[
 (0,1,0,0,0,'','Conservative MPs about to do something unforgivable to one another'),
 (0,0,0,0,0,'','the race itself: candidates, number of backers, ballot dates (reading of version 6: the race is 0)'),
 (0,1,0,0,0,'','"not a split" followed by an admission ("involve knives"): not every statement is a denial, so not negated'),
 (0,1,0,0,0,'','the party divided over a pact with Reform'),
 (0,1,0,0,0,'',''),
 (0,1,0,0,0,'','letter of the One Nation wing and the rival camp\'s reply'),
 (0,1,0,0,0,'','whips, public fighting, briefing against each other\'s supporters'),
 (0,1,0,0,0,'','whether the rival would serve under the other: reading of version 6 (backing the winner)'),
 (0,0,0,0,0,'','a poll of members and both camps\' spin on it: the race itself (reading of version 6)'),
 (0,1,0,0,0,'','the party learning what colleagues think of it; "unite around the body"'),
],
'uk_dev3_councils.txt':[
 (0,0,0,0,1,'',''),(0,0,0,0,1,'',''),(0,0,0,0,1,'',''),(0,0,0,0,1,'',''),
 (0,0,0,0,1,'','hospital beds blocked for lack of social care: strain of public services'),
 (0,0,0,0,1,'','poorest households worse off (inequality), choices made in 2010'),
 (0,0,0,0,1,'','the minister\'s reply on council funding discusses the subject'),
 (0,0,0,0,1,'',''),(0,0,0,0,1,'',''),
],
'uk_dev3_brexit.txt':[
 Z,Z,Z,Z,
 (0,0,0,0,0,'','divisions among EU member states, not inside a party'),
 Z,Z,
 (1,0,0,0,0,'','US negotiators and the US ambassador pressing No 10 over a UK-EU deal and UK-US trade'),
 (0,1,0,0,0,'','Labour backbench groups pulling the government in opposite directions ("reopened an old wound in the Labour Party")'),
 (0,0,0,0,0,'','the cost of tuition fees to the Treasury: not austerity'),
 Z],
}

SENT=r'\S.*?(?:[.?!][”"’\')]*(?=\s+[“"‘\'(A-Z0-9])|$)'
qr,tr,sr,thr=[],[],[],[]
counts={}
for f in files:
    raw=open(D+f,encoding='utf-8').read(); P=paras(raw); body=P[1:]
    spans=quote_spans(f,raw)
    assert len(spans)==len(Q[f]),(f,len(spans),[raw[a:b] for a,b in spans])
    for (a,b),(k,kind,sp,cue,cont,n) in zip(spans,Q[f]):
        assert raw[a:b].startswith(k),(raw[a:b],k)
        assert (kind=='term')==(sp==''),(f,k)
        qr.append([f,a,b,raw[a:b],kind,sp,cue,cont,n])
    pos=0
    for (t,ty,v,mod,n) in T[f]:
        i=raw.index(t,pos)
        while (i>0 and raw[i-1].isalnum()) or (i+len(t)<len(raw) and raw[i+len(t)].isalnum()): i=raw.index(t,i+1)
        tr.append([f,i,i+len(t),t,ty,v,mod,n]); pos=i+len(t)
    sc=0
    for (ps,pe,pt) in body:
        for m in re.finditer(SENT,pt):
            s=ps+m.start(); e=ps+m.end(); sr.append([f,s,e,raw[s:e]]); sc+=1
        # coverage: only whitespace outside sentences
        covered=''.join(raw[a:b] for _,a,b,_ in [r for r in sr if r[0]==f and ps<=r[1]<pe])
        assert covered.replace(' ','')==pt.replace(' ',''),(f,pt[:40])
    assert len(body)==len(TH[f]),(f,len(body),len(TH[f]))
    for (ps,pe,pt),row in zip(body,TH[f]): thr.append([f,ps,pe,pt,*row])
    counts[f]=dict(sentences=sc,quotes=len(Q[f]),speech=sum(q[1]=='speech' for q in Q[f]),
                   timex=len(T[f]),paragraphs=len(body),
                   **{k:sum(r[j] for r in TH[f]) for j,k in enumerate(['SR','PF','IRQ','IP','AUS'])})

def w(name,hdr,rows):
    rows.sort(key=lambda r:(r[0],r[1]))
    for r in rows: assert open(D+r[0],encoding='utf-8').read()[r[1]:r[2]]==r[3]
    with open(O+name,'w',encoding='utf-8',newline='') as fh:
        c=csv.writer(fh); c.writerow(hdr); c.writerows(rows)
w('quotes.csv','source,start,end,text,kind,speaker,cue,continuation,notes'.split(','),qr)
w('timex.csv','source,start,end,text,type,value,mod,notes'.split(','),tr)
w('sentences.csv','source,start,end,text'.split(','),sr)
w('themes_v2.csv','source,start,end,text,special_relationship,party_factionalism,iraq_war_intelligence,israel_palestine,austerity_inequality,negated,notes'.split(','),thr)
for f in files: print(f,counts[f])
tot={k:sum(c[k] for c in counts.values()) for k in next(iter(counts.values()))}
print('total',tot)

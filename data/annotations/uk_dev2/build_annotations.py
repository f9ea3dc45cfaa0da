import csv, re, sys
# uk_dev2: the annotator's record of every labelling decision (written by hand after reading each
# paragraph); run from the project root to rebuild the gold files. Offsets are computed by locating
# each unit (quotes: every quotation-mark span in order; timex: each expression searched forward
# from the previous one; sentences: a boundary rule plus hand-listed exceptions; themes: body
# paragraphs in order) and verified (raw[start:end] == text, sorted, coverage).
D='data/uk_dev2/'; O='data/annotations/uk_dev2/'
files=['uk_dev2_interview_qa.txt','uk_dev2_holyrood.txt','uk_dev2_chilcot_longread.txt',
       'uk_dev2_obituary.txt','uk_dev2_us_politics.txt']

def paras(raw):
    """Lines with text; line 0 is the title, line 1 the standfirst, the rest body paragraphs."""
    return [(m.start(),m.end(),m.group()) for m in re.finditer(r'[^\n]+',raw)]

def quote_spans(raw):
    sp=[]
    for m in re.finditer(r'"([^"\n]*)"|“([^”\n]*)”',raw):
        g=1 if m.group(1) is not None else 2
        sp.append((m.start(g),m.end(g)))
    # single curly quotes used as quotation marks: an opening ‘ and the first ’ not followed by a
    # letter (so that don’t / isn’t / It’s inside the span stay apostrophes)
    for m in re.finditer(r'‘(.*?)’(?![A-Za-z])',raw): sp.append((m.start(1),m.end(1)))
    return sorted(sp)

S,SP,F=('speech','term','false')
# (first words, kind, speaker, cue, continuation, notes)
Q={
'uk_dev2_interview_qa.txt':[
 ('I don’t do fury',S,'Ruth Calloway','','false','in the TITLE; repeats her answer in the Q&A (no cue; first speech span)'),
 ('People think I enjoy',S,'Ruth Calloway','tell','false','she tells me'),
 ('I enjoy the answers',S,'Ruth Calloway','','true',''),
 ('a comfort blanket',S,'Ruth Calloway','say','false','the interviewer quotes her earlier words: You have said'),
 ('criticism','term','','','false','a word under discussion (You can write “criticism”)'),
 ('frozen out',S,'colleagues on the party’s left','complain','false',''),
 ('I was very angry',S,'Ruth Calloway','say','false','she says eventually'),
 ('I thought anger',S,'Ruth Calloway','','true',''),
 ('Politicians are people',S,'Ruth Calloway’s mother','say','false','top-level single quotes inside an unmarked Q&A answer (My mother used to say); not nested in double quotes'),],
'uk_dev2_holyrood.txt':[
 ('legislating by stealth',S,'Catriona Baird','accuse','false','the First Minister ... accused the UK government of'),
 ('a grown-up relationship',S,'Catriona Baird’s allies','call','false','what her allies called'),
 ('almost friendly',S,'one official present','describe','false',''),
 ('We were told the Sewel',S,'Catriona Baird','say','false',''),
 ('It has been ignored',S,'Catriona Baird','','true',''),
 ('The people of Kirkcaldy',S,'Douglas Ferrier','tell','false',''),
 ('They care that',S,'Douglas Ferrier','','true',''),
 ('I speak to Catriona',S,'Douglas Ferrier','say','false',''),
 ('We disagree',S,'Douglas Ferrier','','true',''),
 ('getting restless',S,'a senior SNP source','tell','false',''),
 ('Catriona thought',S,'a senior SNP source','say','false','the source said'),
 ('They weren’t',S,'a senior SNP source','','true',''),
 ('The First Minister has',S,'Catriona Baird’s spokesman','say','false','her spokesman ... he said'),
 ('grown-up relationship','term','','','false','the label Strachan mocks (he called the ‘grown-up relationship’ a ...)'),
 ('polite surrender',S,'Alan Strachan','call','false',''),
 ('Every leader faces',S,'one of Catriona Baird’s advisers','say','false','one of Baird’s advisers; pronoun/surname resolved to the fullest name (self-check change)'),
 ('The trick is',S,'one of Catriona Baird’s advisers','','true',''),
 ('work with anyone',S,'Catriona Baird','repeat','false','she repeated her promise to'),
 ('reset',S,'aides','describe','false','one word, but a specific source describing: speech (borderline term)'),
 ('I like Aberdeen',S,'Douglas Ferrier','say','false',''),
 ('I’ll bring a coat',S,'Douglas Ferrier','','true',''),],
'uk_dev2_chilcot_longread.txt':[
 ('before the peaceful',S,'the Iraq inquiry','find','false','The inquiry found that ...; the report speaks as a collective source'),
 ('with a certainty',S,'the Iraq inquiry','find','false','second that-clause governed by found'),
 ('wholly inadequate',S,'the Iraq inquiry','find','false','third that-clause governed by found'),
 ('thin',S,'Margaret Ellwood','write','false','the senior Cabinet Office official, named in the next paragraph as the memo’s author'),
 ('patchy at best',S,'Margaret Ellwood','write','false','same wrote that'),
 ('We should not pretend',S,'Margaret Ellwood','','true','memo ended with a line ...: — no reporting verb (borderline noun cue "line"); continues the memo’s words'),
 ('You wrote these things',S,'Margaret Ellwood','say','false',''),
 ('Then you went',S,'Margaret Ellwood','','true',''),
 ('about six weeks',S,'Peter Sandiford','tell','false','Colonel Peter Sandiford ... told the inquiry that his team had been given'),
 ('It was unfair',S,'Peter Sandiford','say','false',''),
 ('But it was true',S,'Peter Sandiford','','true',''),
 ('Nobody lied',S,'a former intelligence analyst','say','false',''),
 ('Everybody just rounded',S,'a former intelligence analyst','','true',''),
 ('technically accurate',S,'a former intelligence analyst','describe','false','he now describes as'),
 ('the second failure',S,'Peter Sandiford','call','false','Sandiford calls this'),
 ('It told the truth',S,'Margaret Ellwood','say','false',''),
 ('It couldn’t tell',S,'Margaret Ellwood','','true',''),
 ('I wanted someone',S,'Sarah Tennant','tell','false',''),
 ('but','term','','','false','nested single quotes: a word under discussion'),
 ('I’m still waiting',S,'Sarah Tennant','','true','nested ‘but’ is not the previous speech span'),],
'uk_dev2_obituary.txt':[
 ('They taught me',S,'Bernard Hollis','say','false','he said later'),
 ('The pit taught me',S,'Bernard Hollis','','true',''),
 ('the loudest man',S,'Roy Jenkins','call','false','called him'),
 ('You cannot cut',S,'Bernard Hollis','tell','false','he told delegates: (1976 conference speech)'),
 ('D.H. says',S,'Bernard Hollis','record','false','his diary records ...: — the diary is Hollis’s; D.H. (the Chancellor) is reported inside without marks'),
 ('Lost again',S,'Bernard Hollis','','true','A later entry ... is shorter: — no reporting verb; same diarist'),
 ('the only man in that',S,'Patricia Welland','say','false','Dame Patricia Welland ... said'),
 ('He would shout',S,'Patricia Welland','add','false','She added:'),
 ('you do not win',S,'Bernard Hollis','argue','false','arguing that'),
 ('losing elections',S,'Bernard Hollis','say','false','Hollis said he had simply grown tired of'),
 ('a very comfortable',S,'Bernard Hollis','describe','false','describing it as'),
 ('I have been wrong',S,'Bernard Hollis','say','false','split quotation'),
 ('but I was never',S,'Bernard Hollis','say','false','second piece of split quotation: interposed cue'),
 ('overwhelmed',S,'Clare','say','false','His younger daughter, Clare — only her first name is given'),
 ('Dad would have',S,'Clare','say','false',''),
 ('He would have read',S,'Clare','','true',''),],
'uk_dev2_us_politics.txt':[
 ('the grown-ups',S,'Ellen Markowitz','tell','false','told her supporters that'),
 ('I like the British',S,'Ellen Markowitz','tell','false',''),
 ('I like their soldiers',S,'Ellen Markowitz','','true',''),
 ('The president has always',S,'Dana Whitfield','say','false','the press secretary, Dana Whitfield, said'),
 ('nothing is off',S,'Dana Whitfield','say','false','she said only that'),
 ('cautiously cheerful',S,'one British official','describe','false','British officials ... One described'),
 ('on the phone to people',S,'another British official','say','false','Another said'),
 ("The relationship doesn't",S,'Julian Prentice','tell','false','Sir Julian Prentice'),
 ('It depends on whether',S,'Julian Prentice','','true',''),
 ("I've known the senator",S,'Julian Prentice','','true','after narrator sentence He would not be drawn on Markowitz.'),
 ('auditioning for a part',S,'a senior Foreign Office source','offer','false','borderline cue: verb offer vs noun version; The less polite version, offered by a senior Foreign Office source ..., is that'),
 ('special relationship','term','','','false','the phrase under discussion (she called the phrase "special relationship" a ...)'),
 ('lovely piece',S,'Ellen Markowitz','call','false',''),
 ('Every country thinks',S,'Ellen Markowitz','add','false','and added:'),
 ('within weeks',S,'a Democratic aide','predict','false',''),
 ('congratulated all',S,'a Downing Street spokesman','say','false',''),
 ('working closely',S,'a Downing Street spokesman','say','false','second object of the same said ... had ... and looked forward to'),
 ('Senators like to be',S,'Julian Prentice','say','false',''),
 ('So do ambassadors',S,'Julian Prentice','','true',''),],
}
# timex: (text, type, value, mod, notes), in text order
T={
'uk_dev2_interview_qa.txt':[
 ('ten minutes','DURATION','PT10M','','ten minutes early'),
 ('six years','DURATION','P6Y','',''),
 ('Now','DATE','PRESENT_REF','',''),
 ('2015','DATE','2015','',''),
 ('March','DATE','2026-03','','I said that in March: the March before publication (2026-10-14)'),
 ('a Thursday night','TIME','XXXX-WXX-4TNI','','generic (any Thursday night); not a SET: no recurrence stated'),
 ('last year','DATE','2025','','last year’s reshuffle'),
 ('next spring','DATE','2027-SP','',''),
 ('30 years','DURATION','P30Y','',''),
 ('the whole of 2016','DATE','2016','','extent includes the whole of (determiner+modifier); borderline DURATION P1Y'),
 ('about eleven o’clock at night','TIME','XXXX-XX-XXT23:00','APPROX','generic time of day; about -> APPROX'),
 ('the next morning','TIME','XXXX-XX-XXTMO','','generic, the morning after such a night'),
 ('a year','SET','P1Y','','£3.5bn a year = annually'),
 ('early years','DATE','201','MID','her early years in Parliament (elected 2015: c. 2015-17); possessive excluded, modelled on the guideline’s first years'),
 ('a long time','DURATION','PTXS','','she pauses for a long time (a pause of seconds); vague'),
 ('the next few years','DURATION','PXY','',''),
 ('ten past four','TIME','XXXX-XX-XXT16:10','','day of the interview not given; afternoon by context'),],
'uk_dev2_holyrood.txt':[
 ('Eighteen months','DURATION','P18M','','standfirst; Eighteen months on (postposition excluded)'),
 ('a wet Tuesday morning','TIME','2026-09-01TMO','','annotator judgement: the Tuesday of publication week (2026-09-03 is Thursday); not stated'),
 ('a month','DURATION','P1M','','in a month'),
 ('February 2025','DATE','2025-02','',''),
 ('a while','DURATION','PXM','','For a while; vague'),
 ('that April','DATE','2025-04','','anaphoric to February 2025'),
 ('last week','DATE','2026-W35','',''),
 ('2018','DATE','2018','','since 2018'),
 ('2024','DATE','2024','','since 2024'),
 ('every fortnight','SET','P2W','',''),
 ('Now','DATE','PRESENT_REF','','inside the source’s quotation'),
 ('the summer','DATE','2026-SU','','since the summer (published 3 September)'),
 ('June','DATE','2026-06','',''),
 ('before','DATE','PAST_REF','','deictic adverb: has been here before (= before now)'),
 ('first months','DATE','202','START','their first months (Sturgeon’s successors, 2023-24); possessive excluded; historical knowledge'),
 ('2026-27','DATE','2026/2027','','financial year'),
 ('next spring','DATE','2027-SP','','by next spring'),
 ('now','DATE','PRESENT_REF','','For now'),
 ('Monday evening','TIME','2026-08-31TEV','','the Monday before Thursday 3 September'),
 ('October','DATE','2026-10','',''),
 ('the autumn','DATE','2026-FA','','I like Aberdeen in the autumn: the autumn of the October conference (borderline generic)'),],
'uk_dev2_chilcot_longread.txt':[
 ('Ten years','DURATION','P10Y','','TITLE: Ten years after Chilcot'),
 ('A decade','DURATION','P1DE','','standfirst: A decade on from'),
 ('seven years','DURATION','P7Y','',''),
 ('6 July 2016','DATE','2016-07-06','',''),
 ('2009','DATE','2009','','since 2009'),
 ('that morning','TIME','2016-07-06TMO','',''),
 ('Ten years later','DATE','2026','','anchored to 2016'),
 ('March 2002','DATE','2002-03','',''),
 ('a full year','DURATION','P1Y','','a full year before the invasion; relational before + event outside'),
 ('2010','DATE','2010','',''),
 ('now','DATE','PRESENT_REF','','now retired'),
 ('last month','DATE','2026-06','',''),
 ('three hours','DURATION','PT3H','',''),
 ('January 2011','DATE','2011-01','',''),
 ('about six weeks','DURATION','P6W','APPROX','inside quotation'),
 ('six years','DURATION','P6Y','','inside quotation'),
 ('now','DATE','PRESENT_REF','','now well documented'),
 ('2002','DATE','2002','','The September dossier of 2002: September is part of the document’s name, not tagged'),
 ('45 minutes','DURATION','PT45M','',''),
 ('the autumn of 2002','DATE','2002-FA','',''),
 ('now','DATE','PRESENT_REF','','he now describes'),
 ('two weeks','DURATION','P2W','','two weeks after the EU referendum'),
 ('a summer','DATE','2016-SU','','in a summer when Westminster could think about little else'),
 ('seven years','DURATION','P7Y','','inside quotation'),
 ('2004','DATE','2004','',''),
 ('between 2009 and 2011','DATE','2009/2011','',''),
 ('20 March 2003','DATE','2003-03-20','',''),
 ('April 2009','DATE','2009-04','',''),
 ('six years and a month later','DATE','2009-04','','like a week later: one DATE, anchored to 20 March 2003; apposition to April 2009'),
 ('the next seven','DURATION','P7Y','','the next seven [years], noun elided'),
 ('ten years','DURATION','P10Y','','It is ten years since'),
 ('now','DATE','PRESENT_REF','',''),],
'uk_dev2_obituary.txt':[
 ('1938-2026','DATE','1938/2026','','TITLE: life dates'),
 ('Saturday','DATE','2026-11-14','','the Saturday before Friday 20 November'),
 ('1979','DATE','1979','','the 1979 election: year of the election (borderline, event name)'),
 ('two years','DURATION','P2Y','',''),
 ('the following two decades','DURATION','P2DE','',''),
 ('1938','DATE','1938','',''),
 ('1959','DATE','1959','',''),
 ('1966','DATE','1966','',''),
 ('1976','DATE','1976','',''),
 ('years','DURATION','PXY','','for years afterwards (afterwards relational, outside)'),
 ('1977','DATE','1977','','Appointed to Education in 1977'),
 ('1991','DATE','1991','',''),
 ('December 1977','DATE','1977-12','',''),
 ('the spring of 1978','DATE','1978-SP','',''),
 ('this week','DATE','2026-W47','',''),
 ('the morning','TIME','XXXX-XX-XXTMO','','habitual, inside quotation'),
 ('the afternoon','TIME','XXXX-XX-XXTAF','','habitual, inside quotation'),
 ('1979','DATE','1979','','After 1979'),
 ('the mid-1980s','DATE','198','MID',''),
 ('the end of the decade','DATE','198','END','the decade = the 1980s'),
 ('1997','DATE','1997','',''),
 ('weeks','DURATION','PXW','','weeks before Labour’s landslide'),
 ('1998','DATE','1998','',''),
 ('2019','DATE','2019','',''),
 ('2012','DATE','2012','',''),],
'uk_dev2_us_politics.txt':[
 ('Tuesday','DATE','2026-11-03','','standfirst: Tuesday’s elections'),
 ('now','DATE','PRESENT_REF','','standfirst'),
 ('2am on Wednesday','TIME','2026-11-04T02:00','','composite, one row'),
 ('the past two years','DURATION','P2Y','',''),
 ('January','DATE','2027-01','','from January (future)'),
 ('2025','DATE','2025','','since 2025'),
 ('September','DATE','2026-09','',''),
 ('Wednesday','DATE','2026-11-04','','Wednesday’s briefing'),
 ('now','DATE','PRESENT_REF','',''),
 ('election night','TIME','2026-11-03TNI','',''),
 ('eighteen months','DURATION','P18M','',''),
 ('the future','DATE','FUTURE_REF','','the future of Nato (borderline: fate of Nato; tagged as the guideline tags the future)'),
 ('Thursday morning','TIME','2026-11-05TMO','','publication day'),
 ('a long time','DURATION','PXY','','inside quotation'),
 ('the last four years','DURATION','P4Y','',''),
 ('September','DATE','2026-09','','her September speech'),
 ('early next year','DATE','2027','START',''),
 ('weeks','DURATION','PXW','','within weeks (inside quotation)'),
 ('Wednesday afternoon','TIME','2026-11-04TAF','',''),
 ('the next two years','DURATION','P2Y','',''),],
}

# sentences: a boundary after . ? ! (plus closing marks/brackets) followed by whitespace and a
# capital, an opening mark or bracket; the hand-decided exceptions below are merged or split.
BOUND=re.compile(r'[.?!][”"’)\]]*(?=\s+[“"‘(\[A-Z0-9])')
NOSPLIT={}   # (file, text ending the first piece) -> merge with the next piece
def split_sentences(f,ps,pt):
    out=[]; start=0
    for m in BOUND.finditer(pt):
        piece=pt[start:m.end()]
        if any(piece.endswith(x) for x in NOSPLIT.get(f,[])): continue
        out.append((start,m.end())); start=m.end()
        while start<len(pt) and pt[start].isspace(): start+=1
    out.append((start,len(pt.rstrip())))
    return [(ps+a,ps+b) for a,b in out]

# themes (version 2), one tuple per BODY paragraph (standfirst excluded):
# (special_relationship, party_factionalism, iraq_war_intelligence, israel_palestine,
#  austerity_inequality, negated, notes)
Z=(0,0,0,0,0,'','')
TH={
'uk_dev2_interview_qa.txt':[
 Z,
 (0,0,0,0,0,'','biography: her maiden speech on a Sure Start closure is a mention, not discussion of cuts (borderline austerity)'),
 (0,0,0,0,0,'','fiscal rules as a comfort blanket: fiscal policy, no cut or hardship stated (borderline austerity)'),
 (0,0,0,0,1,'','rule tells you to cut capital spending in a recession'),
 Z,
 (0,0,0,0,1,'','food banks; whether austerity ended'),
 (0,1,0,0,0,'','question: criticism of her own front bench (a party figure against the party line; borderline)'),
 (0,1,0,0,0,'','continues the previous turn: You can write criticism (borderline)'),
 (0,1,0,0,0,'','MPs who criticise the leadership lose committee places; the left frozen out'),
 (0,1,0,0,0,'','question about a leadership challenge'),
 (0,1,0,0,0,'','denies a plot, but affirms the 2016 infighting: not negated'),
 (0,1,0,0,0,'','colleagues say the party is drifting (criticism of the leadership by MPs; borderline)'),
 (0,1,0,0,0,'party_factionalism','plays down the colleagues’ grumbling (reading of version 6: playing down a rift = 1, negated)'),
 Z,
 (0,0,0,0,1,'','two-child limit makes poor children poorer'),
 Z,Z,Z,Z,Z,Z],
'uk_dev2_holyrood.txt':[
 (0,0,0,0,0,'','Holyrood–Westminster relations are not one of the five themes'),
 Z,
 (0,0,0,0,0,'','spending decisions that bypass Holyrood: a row about powers, not cuts'),
 Z,Z,Z,
 (0,1,0,0,0,'','SNP MSPs restless about the leader’s tone and strategy'),
 (0,1,0,0,0,'','no challenge (denied) but the independence wing’s attack is affirmed: not negated'),
 (0,1,0,0,0,'','the party’s past leadership fights; the fundamentalists'),
 (0,0,0,0,1,'','council shortfall, closures of libraries and leisure centres'),
 Z,
 (0,0,0,0,0,'','a harder approach to London, decided at conference: no conflict inside the party stated'),],
'uk_dev2_chilcot_longread.txt':[
 (0,0,1,0,0,'','Iraq inquiry report; war dead'),
 (0,0,1,0,0,'','inquiry findings on the decision, the threat and planning'),
 (0,0,1,0,0,'','memo: case thin, intelligence patchy'),
 (0,0,1,0,0,'','the memo’s author on writing it and giving evidence'),
 (0,0,1,0,0,'','post-war planning evidence'),
 (0,0,1,0,0,'','September dossier, 45 minutes'),
 (0,0,1,0,0,'','intelligence assessments rounded up'),
 (0,0,1,0,0,'','the report’s reception and shelved recommendations (about the inquiry into the war; borderline)'),
 (0,0,1,0,0,'','the inquiry told the truth about the decision to go to war (borderline, weak cue resolved by article)'),
 (0,0,1,0,0,'','a soldier killed in Basra, the hearings'),
 (0,0,1,0,0,'','dates of the war and its length as an argument'),],
'uk_dev2_obituary.txt':[
 (0,1,0,0,0,'','two decades arguing with every leader the party had (borderline)'),
 Z,
 (0,1,0,0,0,'','backbench critic of his own government’s incomes policy (rejection of the party line by a party figure; borderline)'),
 (0,0,0,0,1,'','IMF crisis: you cannot cut your way to a fairer country; voted for the cuts'),
 (0,0,0,0,1,'','fights with the Treasury over school spending: there is no money'),
 Z,
 (0,1,0,0,0,'','Militant expulsions, left and centre, Benn’s supporters'),
 Z,
 (0,0,0,0,0,'','campaigns on adult education and miners’ pensions: mention (borderline austerity/inequality)'),
 Z,],
'uk_dev2_us_politics.txt':[
 (0,0,0,0,0,'','US election night only'),
 (1,0,0,0,0,'','Britain persuading the administration; the trade deal'),
 (1,0,0,0,0,'','senator on the British and a UK–US trade deal (food standards)'),
 (0,0,0,0,0,'','White House on the defeat; tariffs on European steel: no UK–US content'),
 (1,0,0,0,0,'','British embassy’s reading of the result; the ambassador’s calls (borderline)'),
 (1,0,0,0,0,'','ambassador’s brief to rebuild relations; Gaza only in a list of disagreements: israel_palestine 0 (rule 2)'),
 (1,0,0,0,0,'','the relationship does not depend on who wins'),
 (1,0,0,0,0,'','Britain as a bridge between Washington and Europe'),
 (1,0,0,0,0,'','the special relationship as British marketing'),
 (1,0,0,0,0,'','confirmation of the US ambassador to London'),
 (1,0,0,0,0,'','Downing Street’s reaction to the new Congress; plan for the next two years'),
 (1,0,0,0,0,'','the ambassador courting senators (borderline)'),],
}

def main():
    qr,tr,sr,thr=[],[],[],[]; counts={}
    for f in files:
        raw=open(D+f,encoding='utf-8').read(); P=paras(raw)
        spans=quote_spans(raw)
        assert len(spans)==len(Q[f]),(f,len(spans),[raw[a:b] for a,b in spans])
        for (a,b),(k,kind,sp,cue,cont,n) in zip(spans,Q[f]):
            assert raw[a:b].startswith(k),(raw[a:b],k)
            assert (kind=='term')==(sp==''), (f,k)
            qr.append([f,a,b,raw[a:b],kind,sp,cue,cont,n])
        pos=0
        for (t,ty,v,mod,n) in T[f]:
            assert t in raw[pos:],(f,t,pos); i=raw.index(t,pos)
            while (i>0 and raw[i-1].isalnum()) or (i+len(t)<len(raw) and raw[i+len(t)].isalnum()):
                i=raw.index(t,i+1)
            tr.append([f,i,i+len(t),t,ty,v,mod,n]); pos=i+len(t)
        sc=0
        for (ps,pe,pt) in P[1:]:            # standfirst + body (title excluded)
            ss=split_sentences(f,ps,pt)
            # coverage: only whitespace between sentences, whole paragraph covered
            assert ss[0][0]==ps and ss[-1][1]==pe, f
            for (a,b),(c,d) in zip(ss,ss[1:]): assert raw[b:c].strip()=='', raw[b:c]
            for a,b in ss: sr.append([f,a,b,raw[a:b]]); sc+=1
        body=P[2:]
        assert len(body)==len(TH[f]),(f,len(body),len(TH[f]))
        for (ps,pe,pt),row in zip(body,TH[f]): thr.append([f,ps,pe,pt,*row])
        counts[f]=dict(sentences=sc,quotes=len(Q[f]),speech=sum(q[1]==S for q in Q[f]),
                       term=sum(q[1]=='term' for q in Q[f]),timex=len(T[f]),paragraphs=len(body),
                       **{k:sum(r[j] for r in TH[f]) for j,k in enumerate(['SR','PF','IRQ','IP','AUS'])})
    def w(name,hdr,rows):
        rows.sort(key=lambda r:(files.index(r[0]),r[1]))
        for r in rows: assert open(D+r[0],encoding='utf-8').read()[r[1]:r[2]]==r[3]
        for r1,r2 in zip(rows,rows[1:]):
            if r1[0]==r2[0] and name!='quotes.csv': assert r1[2]<=r2[1], (name,r1,r2)   # no overlaps (quotes may nest)
        with open(O+name,'w',encoding='utf-8',newline='') as fh:
            c=csv.writer(fh); c.writerow(hdr); c.writerows(rows)
    w('quotes.csv','source,start,end,text,kind,speaker,cue,continuation,notes'.split(','),qr)
    w('timex.csv','source,start,end,text,type,value,mod,notes'.split(','),tr)
    w('sentences.csv','source,start,end,text'.split(','),sr)
    w('themes_v2.csv',('source,start,end,text,special_relationship,party_factionalism,'
       'iraq_war_intelligence,israel_palestine,austerity_inequality,negated,notes').split(','),thr)
    for f,c in counts.items(): print(f,c)
    tot={k:sum(c[k] for c in counts.values()) for k in next(iter(counts.values()))}
    print('total',tot)

if __name__=='__main__': main()

import csv, re, sys
# heldout3: the annotator's record of every labelling decision (written by hand after reading each
# paragraph); this script only locates the units, computes offsets and verifies them.
# Run from the project root: python data/annotations/heldout3/build_annotations.py
D='data/heldout3/'; O='data/annotations/heldout3/'
files=['heldout3_leader_child_poverty.txt','heldout3_news_steel_tariffs.txt','heldout3_diary_conference.txt',
       'heldout3_profile_lunch.txt','heldout3_longread_factions.txt']
OPEN={'“':'”','‘':'’'}

def paras(raw):
    return [(m.start(),m.end(),m.group()) for m in re.finditer(r'[^\n]+',raw)][1:]  # line 0 = title

# ---------------------------------------------------------------- quotes
# one tuple per opening quotation mark, in text order:
# (first words inside the marks, kind, speaker, cue, continuation, notes)
Q={
'heldout3_leader_child_poverty.txt':[
 ('not balance the books','speech','Owen Mallory','promise','false','promised MPs that the government would “…”'),
 ('The rise is concentrated','speech','the Northern Poverty Commission','write','false','“the commission’s authors write”: collective = the commission (its report)'),
 ('It is not an accident','speech','the Northern Poverty Commission','','true',''),
 ('efficiency savings','term','','','false','scare quotes on the Treasury’s euphemism; no utterance'),
 ('Every pound we spend','speech','Owen Mallory','tell','false','Mr Mallory told the Today programme'),
 ('austerity','term','','','false','policy label (“when it was called …”)'),
 ('fiscal discipline','term','','','false','“What the government now calls …”: a label the government uses in general, not an utterance on an occasion; borderline speech (call)'),
 ('mistaking meanness for prudence','speech','the Daily Telegraph','warn','false','rival newspaper’s leader'),
 ('treating its own MPs','speech','the member for a Teesside seat','tell','false','“one of them, the member for a Teesside seat, told this magazine”'),
 ('change','term','','','false','campaign slogan'),
 ('A government is judged','speech','Owen Mallory','say','false','speech to the Resolution Foundation'),
],
'heldout3_news_steel_tariffs.txt':[
 ('still delivers when it matters','speech','Gareth Pellow','say','false',''),
 ('This is not everything','speech','Gareth Pellow','say','false',''),
 ('Steelworkers in Port Talbot','speech','Gareth Pellow','','true','new sentence after “Pellow said.”; no cue of its own'),
 ('within weeks','speech','Gareth Pellow','add','false','He added that …'),
 ('through the weekend','speech','a spokeswoman for the British embassy in Washington','say','false',''),
 ('Both sides wanted this','speech','a spokeswoman for the British embassy in Washington','say','false','she said'),
 ('Ten per cent on half','speech','Rhian Coulter','say','false','second source, several paragraphs after the first; colon cue'),
 ('Our members export','speech','Rhian Coulter','say','false','Coulter said'),
 ('welcome breathing space','speech','Community','call','false','the steelworkers’ union Community'),
 ('watching very closely','speech','Alun Prys-Morgan','say','false',''),
 ('outmanoeuvred','speech','opposition parties','say','false',''),
 ('traded away leverage','speech','Hamish Teague','say','false',''),
 ('tough but reasonable','speech','a White House official','describe','false','anonymous official'),
 ('very happy','speech','a White House official','say','false','the official’s words about the president’s view; not the president’s'),
],
'heldout3_diary_conference.txt':[
 ('stitching it up','speech','Reddish’s allies','complain','false','British single quotes as primary marks in this piece'),
 ('the scouse at the Unite','speech','one Labour insider','quip','false',''),
 ('Nobody is rigging','speech','a source close to her campaign','say','false','anonymous source; cue after the quotation (said a source …)'),
 ('Callum got his nominations','speech','a source close to her campaign','','true',''),
 ('I trust the rulebook','speech','Callum Reddish','reply','false','colon cue; contains the apostrophe I’ve'),
 ('RED CALLUM’S PLOT','speech','the Daily Mail','read','false','quoted front-page headline: its front page … reads ‘…’; borderline term (title of a work); contains the apostrophe CALLUM’S'),
 ('well, that’s another','speech','a minister passing the newsstand at Lime Street','mutter','false','overheard muttering'),
 ('has survived worse presidents','speech','Tom Fennimore','tell','false',''),
 ('the Americans know perfectly','speech','Tom Fennimore','add','false','adding, …, that ‘…’'),
 ('name one','speech','a Conservative observer','say','false','was heard to say'),
 ('as a compliment','speech','Fennimore’s officials','insist','false',''),
 ('misleading','speech','a CAC member','call','false',''),
 ('half of them were duplicates','speech','a CAC member','','true','because-clause of the same sentence; no reporting verb of its own'),
 ('The left has the members','speech','Dermot Kiely','analysis','false','offered this column his analysis … in a single sentence: — noun cue with colon'),
 ('Scunthorpe shambles','term','','','false','label in the Guardian report, no utterance reported'),
 ('Enormously.','speech','a No 10 aide','','false','cue-less quotation sentence after “texted back a single word.” (the verb is in the previous sentence)'),
],
'heldout3_profile_lunch.txt':[
 ('I always have the fish','speech','Douglas Fearon','say','false','he says, ordering it …'),
 ('It is the only thing','speech','Douglas Fearon','','true',''),
 ('has the greatest respect','speech','Julian Marsh’s aide','statement','false','Marsh speaks only through his aide (alternative speaker: Julian Marsh): “whose aide sent a statement: Mr Marsh “…””; the words are the aide’s statement, grammatical subject Marsh'),
 ('the decision was one','speech','Julian Marsh’s aide','statement','false','second conjunct under the same colon-introduced statement'),
 ('It was a simple one','speech','Douglas Fearon','','false','answer to “I ask …”; paragraph opens with “ and does not close (multi-paragraph quotation); speaker change after the aide'),
 ('Now, you can call','speech','Douglas Fearon','','true','second paragraph of the multi-paragraph answer'),
 ('The Americans were perfectly','speech','Douglas Fearon','','true','“He laughs.” is not a cue'),
 ('Congressman, you’ve made','speech','a man from the embassy','say','false','nested single quotes inside Fearon’s quotation'),
 ('You are now.','speech','a man from the embassy','say','false','nested; He said, ‘…’'),
 ('I was loyal for twenty','speech','Douglas Fearon','say','false',''),
 ('I don’t regret that','speech','Douglas Fearon','','true',''),
 ('Sorry mate.','speech','a senior colleague','read','false','quoted text message: It reads, in full: “…”'),
 ('What would I say?','speech','Douglas Fearon','','false','cue-less; speaker change after the text message'),
 ('I’m not in any squad','speech','Douglas Fearon','','true','He bristles at the phrase. (not a cue)'),
 ('a one-man Campaign Group','speech','one of his former committee colleagues','call','false','“One of his former committee colleagues, a Labour MP on the party’s right, calls him …”'),
 ('Tell him the tailor','speech','Douglas Fearon','say','false',''),
 ('I grew up thinking','speech','Douglas Fearon','say','false',''),
 ('You pay in for decades','speech','Douglas Fearon','','true',''),
 ('Ask me in a year','speech','Douglas Fearon','say','false','he says at last'),
 ('Ask me after the next','speech','Douglas Fearon','','true',''),
],
'heldout3_longread_factions.txt':[
 ('Now the hard part.','speech','Bernard Quayle','write','false','diary; colon after “wrote four words in the diary”'),
 ('We had the votes','speech','Sheila Aske','write','false','memoir'),
 ('Everyone got something','speech','Sheila Aske','','true',''),
 ('Lost count at 120','speech','Bernard Quayle','begin','false','diary entry: “…,” it begins'),
 ('Chief says we can live','speech','Bernard Quayle','','true',''),
 ('not a split but a symptom','speech','Dennis Vokes','put','false','as X put it, in a speech'),
 ('It was never left against','speech','a former cabinet minister who served under both men','tell','false','anonymous'),
 ('It was two versions','speech','a former cabinet minister who served under both men','','true',''),
 ('noise','term','','','false','a word under discussion (Brown’s allies’ word)'),
 ('Noise level: 7.','speech','Bernard Quayle','record','false','began to record it in his diary …: “…”'),
 ('It was like a divorce','speech','Sheila Aske','write','false','newspaper column'),
 ('She said, ‘You lot','speech','Bernard Quayle','record','false','Quayle’s diary … records a call …: “…”'),
 ('You lot had 13 years','speech','an old colleague on the left','say','false','nested single quotes inside the diary quotation'),
 ('culled like badgers','speech','one Momentum organiser','put','false','as one Momentum organiser put it'),
 ('the long winter','speech','Campaign Group members','describe','false','describe … as “…”: specific source + reporting verb; borderline term (a label)'),
 ('restoring the party’s electability','speech','those who ran it','prefer','false','“those who ran it prefer …”: borderline term; contains the apostrophe party’s'),
 ('Factions don’t die','speech','Sheila Aske','tell','false','Aske told me last month'),
 ('They just go quiet','speech','Sheila Aske','','true',''),
 ('Party still here.','speech','Bernard Quayle','write','false','“Quayle’s last entry, written in October 2018, is characteristically brief: “…””; cue = the participle written (alternative: empty)'),
],
}

def quote_spans(raw):
    """Every opening mark in text order with the span of the words inside (marks excluded)."""
    out=[]
    for m in re.finditer('[“‘]',raw):
        a=m.start()+1; close=OPEN[m.group()]
        lineend=raw.find('\n',a); lineend=len(raw) if lineend<0 else lineend
        b=a
        while True:
            b=raw.find(close,b)
            if b<0 or b>lineend: b=lineend; break     # unclosed paragraph: runs to paragraph end
            if close=='’' and b+1<len(raw) and raw[b+1].isalpha(): b+=1; continue  # apostrophe
            break
        out.append((a,b,m.group()))
    return out

# ---------------------------------------------------------------- timex
# (text, type, value, mod, notes) in text order
T={
'heldout3_leader_child_poverty.txt':[
 ('next Wednesday','DATE','2025-03-19','',''),
 ('before','DATE','PAST_REF','','deictic adverb: heard this before (= before now)'),
 ('October','DATE','2024-10','','In October, the last October before March 2025'),
 ('Five months','DURATION','P5M','','Five months on'),
 ('Tuesday','DATE','2025-03-11','',''),
 ('now','DATE','PRESENT_REF','',''),
 ('2021','DATE','2021','','since 2021'),
 ('a decade','DURATION','P1DE','',''),
 ('the time','DATE','PAST_REF','','at the time: each policy defended at its own time; no single date'),
 ('a year','SET','P1Y','','£3.4bn a year (rate)'),
 ('Wednesday morning','TIME','2025-03-12TMO','','the Wednesday before the Friday issue'),
 ('between 2010 and 2015','DATE','2010/2015','',''),
 ('now','DATE','PRESENT_REF','',''),
 ('yesterday','DATE','2025-03-13','',''),
 ('last autumn','DATE','2024-FA','','last autumn’s gilt wobble'),
 ('decades','DURATION','PXDE','','for decades to come'),
 ('last year','DATE','2024','',''),
 ('then','DATE','2024','','anaphoric: He was right then = last year'),
 ('Wednesday','DATE','2025-03-19','','On Wednesday = the budget day, next Wednesday'),
],
'heldout3_news_steel_tariffs.txt':[
 ('two days','DURATION','P2D','',''),
 ('Monday','DATE','2025-06-09','','said on Monday'),
 ('a year','SET','P1Y','','500,000 tonnes a year'),
 ('Monday night','TIME','2025-06-09TNI','','“late on” left outside the extent'),
 ('Friday','DATE','2025-06-06','','inside quotation'),
 ('the next twelve months','DURATION','P12M','',''),
 ('weeks','DURATION','PXW','','within weeks'),
 ('the weekend','DATE','2025-W23-WE','','through the weekend (7–8 June)'),
 ('March','DATE','2025-03','',''),
 ('2018','DATE','2018','',''),
 ('three years','DURATION','P3Y','',''),
 ('April','DATE','2025-04','',''),
 ('2022','DATE','2022','','since 2022'),
 ('a normal year','DURATION','P1Y','','in a normal year: a generic year of exports; borderline'),
 ('annually','SET','P1Y','',''),
 ('the spring','DATE','2025-SP','','since the spring'),
 ('the coming year','DURATION','P1Y','','over the coming year'),
 ('30 days','DURATION','P30D','',''),
 ('Wednesday','DATE','2025-06-11','',''),
],
'heldout3_diary_conference.txt':[
 ('third day','DATE','2025-09-30','','enters its third day (possessive excluded); conference day of publication'),
 ('yesterday','DATE','2025-09-29','','yesterday’s speech'),
 ('today','DATE','2025-09-30','','today’s hustings (literal day)'),
 ('2pm','TIME','2025-09-30T14:00','',''),
 ('the weekend','DATE','2025-W39-WE','',''),
 ('this week','DATE','2025-W40','',''),
 ('last night','TIME','2025-09-29TNI','',''),
 ('this morning','TIME','2025-09-30TMO','','Its front page this morning'),
 ('between Saturday and Monday','DATE','2025-09-27/2025-09-29','','range of days'),
 ('three weeks','DURATION','P3W','','for three weeks running'),
 ('this morning','TIME','2025-09-30TMO','','this morning’s Guardian'),
 ('August','DATE','2025-08','',''),
 ('40 minutes','DURATION','PT40M','',''),
 ('tomorrow morning','TIME','2025-10-01TMO','',''),
],
'heldout3_profile_lunch.txt':[
 ('one o’clock on a wet Tuesday','TIME','2025-11-04T13:00','','composite; the lunch taken as the Tuesday of the week of publication (annotator’s judgement)'),
 ('heard this |before','DATE','PAST_REF','','deictic adverb: heard this before (the earlier “the sole before he has taken off his coat” is relational before + event, not tagged)'),
 ('2005','DATE','2005','','since 2005'),
 ('September','DATE','2025-09','','until September'),
 ('July','DATE','2025-07','',''),
 ('the spring','DATE','2025-SP','','strikes in the spring'),
 ('the next morning','TIME','2025-07-XXTMO','','the morning after the July session (day not given)'),
 ('now','DATE','PRESENT_REF','','‘You are now.’ (nested); the Now, opening the paragraph before is a discourse marker, not tagged'),
 ('two decades','DURATION','P2DE','',''),
 ('eight months','DURATION','P8M','',''),
 ('2009','DATE','2009','',''),
 ('fourteen years','DURATION','P14Y','','fourteen years of opposition'),
 ('twenty years','DURATION','P20Y','',''),
 ('the evening','TIME','2025-09-XXTEV','','the evening he was removed (September)'),
 ('now','DATE','PRESENT_REF','','whether he is now part of'),
 ('decades','DURATION','PXDE','','pay in for decades'),
 ('1941','DATE','1941','','since 1941'),
 ('a year','DURATION','P1Y','','Ask me in a year (alternative: DATE 2026-11)'),
],
'heldout3_longread_factions.txt':[
 ('the morning of 2 May 1997','TIME','1997-05-02TMO','',''),
 ('the next 21 years','DURATION','P21Y','',''),
 ('Now','DATE','PRESENT_REF','','inside the diary quotation “Now the hard part.”'),
 ('2019','DATE','2019','',''),
 ('2010','DATE','2010','',''),
 ('2015','DATE','2015','',''),
 ('last July','DATE','2024-07','','the July 2024 election'),
 ('from 1998 to 2003','DATE','1998/2003','',''),
 ('2011','DATE','2011','',''),
 ('first six years','DURATION','P6Y','','Labour’s first six years in office (possessive excluded)'),
 ('March 2003','DATE','2003-03','',''),
 ('that night','TIME','2003-03-XXTNI','','night of the vote; day not given'),
 ('then','DATE','2003','','anaphoric: the Campaign Group’s then secretary'),
 ('later that year','DATE','2003','',''),
 ('the late 2000s','DATE','200','END',''),
 ('2005','DATE','2005','','after 2005, inside quotation'),
 ('this summer','DATE','2024-SU','',''),
 ('2015','DATE','2015','','Then came 2015 (Then = sequencing, not tagged)'),
 ('now','DATE','PRESENT_REF','','narrative now (= 2015); PRESENT_REF following the guideline that now is not resolved to a date'),
 ('two decades','DURATION','P2DE','',''),
 ('2016','DATE','2016','',''),
 ('the next five years','DURATION','P5Y','',''),
 ('the summer of 2016','DATE','2016-SU','',''),
 ('48 hours','DURATION','PT48H','','within 48 hours'),
 ('then','DATE','2016','','anaphoric: by then'),
 ('13 years','DURATION','P13Y','','nested quotation'),
 ('2020','DATE','2020','',''),
 ('18 months','DURATION','P18M','',''),
 ('Between 2021 and 2024','DATE','2021/2024','',''),
 ('Last July','DATE','2024-07','','Last July’s landslide'),
 ('the future','DATE','FUTURE_REF','',''),
 ('2029','DATE','2029','','selected for 2029 (the next election year)'),
 ('last month','DATE','2024-08','',''),
 ('October 2018','DATE','2018-10','',''),
 ('a year later','DATE','2019','',''),
 ('two decades','DURATION','P2DE','',''),
],
}

# ---------------------------------------------------------------- sentences
# split at . ? ! (+ closing marks) before whitespace and a capital/opening mark/digit; the
# annotator checked every split in the printed list; JOIN lists splits to undo (none needed).
def split_sents(ps,pt):
    out=[]; st=0
    for m in re.finditer(r'[.?!][”’)]*(?=\s+[“‘(A-Z0-9])',pt):
        e=m.end()
        if pt[m.start()]=='’': pass
        out.append((st,e)); st=e
        while st<len(pt) and pt[st]==' ': st+=1
    if st<len(pt): out.append((st,len(pt.rstrip())))
    return [(ps+a,ps+b) for a,b in out]

# ---------------------------------------------------------------- themes (v2)
# per body paragraph: (special_relationship, party_factionalism, iraq_war_intelligence,
#                      israel_palestine, austerity_inequality, negated, notes)
TH={
'heldout3_leader_child_poverty.txt':[
 (0,0,0,0,1,'',''),(0,0,0,0,1,'','child poverty report'),(0,0,0,0,1,'','two-child limit, cuts'),
 (0,0,0,0,1,'','welfare spending defended; austerity 2010-15'),
 (0,1,0,0,1,'','backbench letter against the leadership on the limit: party figures rejecting the party line (v6 reading)'),
 (0,0,0,0,1,'','child poverty as a liability'),
 (0,0,0,0,1,'','borderline austerity: “does nothing but trim” the spending statement, weak cue decided by context'),
 (0,0,0,0,1,'','lift the two-child limit'),
],
'heldout3_news_steel_tariffs.txt':[(1,0,0,0,0,'','')]*9+[
 (1,0,0,0,0,'','US levy threatening British plants: influence of US policy on the UK; borderline'),
 (1,0,0,0,0,'',''),(1,0,0,0,0,'',''),
 (1,0,0,0,0,'','union’s view of the UK–US deal; borderline by context (“the deal”)'),
 (1,0,0,0,0,'','effect of the exemption on UK exports; borderline'),
 (1,0,0,0,0,'','US approval of the agreement'),
 (1,0,0,0,0,'','opposition attack on the government’s deal with the US; not intra-party'),
 (1,0,0,0,0,'',''),
 (0,0,0,0,0,'','logistics: minister to update MPs'),
],
'heldout3_diary_conference.txt':[
 (0,1,0,0,0,'','borderline: expected walkout at the deputy leadership hustings; weak cue decided by context'),
 (0,1,0,0,0,'','machine “stitching it up” for one candidate'),
 (0,1,0,0,0,'','plot denied by one side, but Reddish’s jibe at the NEC is not a denial: not negated'),
 (0,1,0,0,0,'','headline: plot to seize Labour'),
 (1,0,0,0,0,'','special relationship fringe'),
 (1,0,0,0,0,'',''),
 (0,1,0,0,0,'','motions ruled out by the CAC, tally by the CLPD, disputed: fight over the party’s rules/committees; borderline'),
 (0,1,0,0,0,'','left has the members, right has the rules'),
 (0,1,0,0,0,'','Chief Whip and the welfare rebels: borderline (one clause); welfare only named, austerity 0'),
 (0,0,0,0,0,'',''),
],
'heldout3_profile_lunch.txt':[
 (0,0,0,0,0,'',''),
 (1,0,0,0,0,'','borderline SR: lost the chair over “one question too many about Washington” (weak cue, context); his removal not framed as a factional fight here: PF 0'),
 (0,0,0,0,0,'',''),
 (1,0,0,0,0,'','was the government told in advance about American strikes; Red Sea, not Israel–Palestine'),
 (1,0,0,0,0,'','“its closest ally”; disloyalty to a Labour government as scrutiny, not faction: PF 0'),
 (1,0,0,0,0,'','the embassy’s reaction'),
 (0,0,0,0,0,'','loyalist biography: no conflict stated'),
 (0,1,0,0,0,'','loyalty to party vs leader’s office: borderline PF'),
 (0,1,0,0,0,'','text message: removal “came from upstairs” (the leadership acting against a dissenter); borderline'),
 (0,1,0,1,0,'','awkward squad of rebels (not all denied, so not negated); arms export licences and Gaza = Israel–Palestine; welfare cuts only named'),
 (0,1,0,0,0,'','right-wing colleague’s jibe: “one-man Campaign Group”'),
 (1,0,0,0,0,'','insurance-policy image of the relationship'),
 (0,0,0,0,0,'','front bench / reshuffle: no faction'),
 (0,0,0,0,0,'',''),
],
'heldout3_longread_factions.txt':[
 (0,1,0,0,0,'','borderline: “He meant the party” (the hard part = managing it); weak cue decided by context'),
 (0,1,0,0,0,'',''),(0,1,0,0,0,'',''),
 (0,1,1,0,0,'','Iraq rebellion'),
 (0,1,0,0,0,'','Blair and Brown camps'),
 (0,1,0,0,0,'',''),(0,1,0,0,0,'',''),(0,1,0,0,0,'',''),(0,1,0,0,0,'',''),
 (0,1,0,0,0,'','a party that learned to fight behind closed doors: borderline, by context'),
],
}

qr,tr,sr,thr=[],[],[],[]; counts={}
for f in files:
    raw=open(D+f,encoding='utf-8').read(); P=paras(raw)
    sp=quote_spans(raw)
    assert len(sp)==len(Q[f]),(f,len(sp),len(Q[f]))
    for (a,b,mk),(k,kind,spk,cue,cont,n) in zip(sp,Q[f]):
        assert raw[a:b].startswith(k),(f,raw[a:b][:40],k)
        assert (kind=='term')==(spk==''),(f,k)
        qr.append([f,a,b,raw[a:b],kind,spk,cue,cont,n])
    pos=0
    for (t,ty,v,mod,n) in T[f]:
        ctx=''
        if '|' in t: ctx,t=t.split('|'); pos=raw.find(ctx+t,pos)+len(ctx)  # context before the expression
        i=raw.find(t,pos)
        while i>=0 and ((i>0 and raw[i-1].isalnum()) or (i+len(t)<len(raw) and raw[i+len(t)].isalnum())):
            i=raw.find(t,i+1)
        assert i>=0,(f,t)
        tr.append([f,i,i+len(t),t,ty,v,mod,n]); pos=i+len(t)
    ns=0
    for (ps,pe,pt) in P:
        S=split_sents(ps,pt)
        assert S[0][0]==ps and S[-1][1]==pe,(f,pt[:30])
        for (a,b),(c,d) in zip(S,S[1:]): assert raw[b:c].strip()=='' and b<c
        for a,b in S: sr.append([f,a,b,raw[a:b]])
        ns+=len(S)
    assert len(P)==len(TH[f]),(f,len(P),len(TH[f]))
    th=[]
    for (ps,pe,pt),row in zip(P,TH[f]):
        thr.append([f,ps,pe,pt,*row]); th.append(row)
    counts[f]=dict(sentences=ns,quotes=len(Q[f]),speech=sum(q[1]=='speech' for q in Q[f]),
                   term=sum(q[1]=='term' for q in Q[f]),timex=len(T[f]),paragraphs=len(P),
                   **{k:sum(r[i] for r in th) for i,k in enumerate(['sr','pf','iraq','ip','aust'])})

def w(name,hdr,rows):
    rows.sort(key=lambda r:(r[0],r[1],-r[2]))  # by source name, then start (outer before nested)
    cache={f:open(D+f,encoding='utf-8').read() for f in files}
    for r in rows: assert cache[r[0]][r[1]:r[2]]==r[3],r
    with open(O+name,'w',encoding='utf-8',newline='') as fh:
        c=csv.writer(fh); c.writerow(hdr); c.writerows(rows)
w('quotes.csv','source,start,end,text,kind,speaker,cue,continuation,notes'.split(','),qr)
w('timex.csv','source,start,end,text,type,value,mod,notes'.split(','),tr)
w('sentences.csv','source,start,end,text'.split(','),sr)
w('themes_v2.csv','source,start,end,text,special_relationship,party_factionalism,iraq_war_intelligence,israel_palestine,austerity_inequality,negated,notes'.split(','),thr)
# timex rows must not overlap
for a,b in zip(tr,tr[1:]):
    if a[0]==b[0]: assert a[2]<=b[1],(a,b)
for f,c in counts.items(): print(f,c)
tot={k:sum(c[k] for c in counts.values()) for k in next(iter(counts.values()))}
print('total',tot)

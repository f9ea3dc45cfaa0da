import csv, re, os
# The annotator's record of every labelling decision; run from the project root to rebuild the
# gold files (offsets are computed by locating each unit; labels are written here by hand).
D='data/heldout/'; O='data/annotations/heldout/'
files=['ft_style_trade_talks.txt','telegraph_style_leadership.txt','npr_style_interview_writeup.txt','local_paper_selection_row.txt']
def paras(raw):
    out=[]
    for m in re.finditer(r'[^\n]+',raw):
        out.append((m.start(),m.end(),m.group()))
    return out[1:]  # skip title
Q={
'ft_style_trade_talks.txt':[
 ('a genuinely constructive phase','speech','Helen Marchbank','say','false',''),
 ('We are not going','speech','Helen Marchbank','tell','false',''),
 ('There is real goodwill','speech','Daniel Okafor','say','false',''),
 ('But goodwill is not','speech','Daniel Okafor','','true',''),
 ('non-starter','speech','Downing Street','describe','false','privately described; attributed to Downing Street'),
 ('The political value','speech','Priya Natarajan','say','false',''),
 ('Both governments','speech','Priya Natarajan','','true',''),
 ('the final push','speech','officials','describe','false','borderline term/speech; officials’ phrase'),
 ('rushed into a deal','speech','Daniel Okafor','tell','false',''),],
'telegraph_style_leadership.txt':[
 ('hold your nerve','speech','a senior backbencher','urge','false','leaked WhatsApp message'),
 ('She has lost','speech','a senior backbencher','add','false','the message added'),
 ('the operation has','speech','one member of the rival camp','admit','false','"one" of the members of the rival camp'),
 ('I have not asked','speech','Robert Ashdown','tell','false',''),
 ('self-indulgent','speech','Tom Whitcombe','accuse','false',''),
 ('These are the same','speech','Tom Whitcombe','say','false',''),
 ('The public will not','speech','Tom Whitcombe','','true',''),
 ('Class of 2019','term','','','false','group label'),
 ('untenable','speech','others','describe','false','others privately describe'),
 ('getting on with the job','speech','A spokesman for the leader','say','false',''),
 ('no intention','speech','A spokesman for the leader','','true','same said ... and had'),],
'npr_style_interview_writeup.txt':[
 ('less special','speech','Margaret Ellison','write','false','host quoting her memoir'),
 ('Your government keeps','speech','a senior British official','say','false','quote within Ellison’s answer'),
 ("indispensable,",'speech','Your government','tell','false','nested single quotes; words attributed to the US government'),
 ('sharing a flat','speech','a British minister','compare','false','reported via Ellison’s book (she writes)'),
 ("Diplomats don't",'speech','Margaret Ellison','tell','false',''),
 ('We get to have','speech','Margaret Ellison','','true',''),
 ('There is a generation','speech','Daniel Whitford','say','false',''),
 ('That matters more','speech','Daniel Whitford','','true',''),
 ('We argue like family','speech','Margaret Ellison','say','false',''),
 ('But we still show','speech','Margaret Ellison','','true',''),],
'local_paper_selection_row.txt':[
 ('I have knocked','speech','Janet Moorcroft','say','false',''),
 ('never been seen','speech','Janet Moorcroft','claim','false',''),
 ('Eastfield Mainstream','term','','','false','faction name'),
 ('This was a fair vote','speech','Liam Draycott','say','false',''),
 ('People here are','speech','Liam Draycott','','true',''),
 ('like a private club','speech','Grassroots supporters','accuse','false',''),
 ('All selection processes','speech','A Labour Party spokesperson','say','false',''),
 ('the worst I have seen','speech','Paul Entwistle','tell','false',''),
 ('have to clear the air','speech','Paul Entwistle','add','false',''),
 ('I will talk to','speech','Janet Moorcroft','say','false',''),
 ('They are the ones','speech','Janet Moorcroft','','true',''),],
}
T={
'ft_style_trade_talks.txt':[('the summer','DATE','2024-SU','',''),('Tuesday','DATE','2024-05-14','',''),('January','DATE','2024-01','','since January'),('weeks','DURATION','PXW','','within weeks'),('last year','DATE','2023','',''),('the second quarter','DATE','2024-Q2','','quarter of publication year'),('Monday','DATE','2024-05-13','',''),('five years','DURATION','P5Y','',''),('January','DATE','2024-01','',''),('next month','DATE','2024-06','',''),('last week','DATE','2024-W19','','')],
'telegraph_style_leadership.txt':[('48 hours','DURATION','PT48H','','within 48 hours'),('Thursday evening','TIME','2024-06-06TEV','',''),('the weekend','DATE','2024-W23-WE','',''),('last autumn','DATE','2023-FA','',''),('weeks','DURATION','PXW','',''),('a decade','DURATION','P1DE','',''),('the summer','DATE','2024-SU','',''),('this week','DATE','2024-W23','',''),('days','DURATION','PXD','','within days'),('currently','DATE','PRESENT_REF','',''),('12 months','DURATION','P12M','',''),('last night','TIME','2024-06-06TNI','','')],
'npr_style_interview_writeup.txt':[('the past three decades','DURATION','P3DE','',''),('the 1990s','DATE','199','',''),('from 2009 to 2013','DATE','2009/2013','',''),('now','DATE','PRESENT_REF','',''),('2011','DATE','2011','',''),('a year later','DATE','2012','','anchored to 2011'),('today','DATE','PRESENT_REF','',''),('2003','DATE','2003','',''),('years','DURATION','PXY','','in years'),('decades','DURATION','PXDE','','for decades to come')],
'local_paper_selection_row.txt':[('14 years','DURATION','P14Y','',''),('yesterday','DATE','2023-11-02','',''),('over a decade','DURATION','P1DE','MORE_THAN',''),('last Monday','DATE','2023-10-30','',''),('the night before','TIME','2023-11-01TNI','','night before the selection meeting'),('the spring','DATE','2023-SP','',''),('more than two years','DURATION','P2Y','MORE_THAN',''),('last month','DATE','2023-10','','last month’s'),('20 years','DURATION','P20Y','',''),('every month','SET','P1M','',''),('14 November','DATE','2023-11-14','',''),('next May','DATE','2024-05','','')],
}
TH={'ft_style_trade_talks.txt':[(1,0)]*10,'telegraph_style_leadership.txt':[(0,1)]*11,
 'npr_style_interview_writeup.txt':[(1,0)]*9+[(0,0)]+[(1,0)]*3,
 'local_paper_selection_row.txt':[(0,1)]*10+[(0,0)]}
qr,tr,sr,thr=[],[],[],[]
counts={}
for f in files:
    raw=open(D+f,encoding='utf-8').read(); P=paras(raw)
    # quotes: double-quote spans
    spans=[]
    for m in re.finditer(r'"([^"\n]*)"|“([^”\n]*)”',raw):
        g=1 if m.group(1) is not None else 2
        spans.append((m.start(g),m.end(g)))
    for m in re.finditer(r"(?<=\s)'([^'\n]+)'(?=[\s])",raw): spans.append((m.start(1),m.end(1)))
    spans.sort()
    assert len(spans)==len(Q[f]),(f,len(spans),[raw[a:b] for a,b in spans])
    for (a,b),(k,kind,sp,cue,cont,n) in zip(spans,Q[f]):
        assert raw[a:b].startswith(k),(raw[a:b],k)
        qr.append([f,a,b,raw[a:b],kind,sp,cue,cont,n])
    pos=0
    for (t,ty,v,mod,n) in T[f]:
        assert t in raw[pos:],(f,t)
        i=raw.index(t,pos)
        while not (i==0 or not raw[i-1].isalnum()) or (i+len(t)<len(raw) and raw[i+len(t)].isalnum()): i=raw.index(t,i+1)
        tr.append([f,i,i+len(t),t,ty,v,mod,n]); pos=i+len(t)
    sc=0
    for (ps,pe,pt) in P:
        prot=pt.replace('U.S.','U§S§').replace('U.K.','U§K§')
        for m in re.finditer(r'\S.*?(?:[.?!]["”]?(?=\s+["“A-Z])|$)',prot):
            s=ps+m.start(); e=ps+m.end(); sr.append([f,s,e,raw[s:e]]); sc+=1
    assert len(P)==len(TH[f]),(f,len(P))
    for (ps,pe,pt),(a,b) in zip(P,TH[f]): thr.append([f,ps,pe,pt,a,b,''])
    counts[f]=dict(quotes=len(Q[f]),timex=len(T[f]),sentences=sc,paragraphs=len(P))
def w(name,hdr,rows):
    rows.sort(key=lambda r:(files.index(r[0]),r[1]))
    for r in rows: assert open(D+r[0],encoding='utf-8').read()[r[1]:r[2]]==r[3]
    with open(O+name,'w',encoding='utf-8',newline='') as fh:
        c=csv.writer(fh); c.writerow(hdr); c.writerows(rows)
w('quotes.csv','source,start,end,text,kind,speaker,cue,continuation,notes'.split(','),qr)
w('timex.csv','source,start,end,text,type,value,mod,notes'.split(','),tr)
w('sentences.csv','source,start,end,text'.split(','),sr)
w('themes.csv','source,start,end,text,special_relationship,party_factionalism,notes'.split(','),thr)
print(counts)

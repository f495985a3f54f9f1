import json, random, re
keys=['start','end','kind','quoted_spans','speaker','speaker_start','speaker_end']
def strip(q): return {k:q[k] for k in keys}
def read(name): return [json.loads(l) for l in open(name)]
# 1 perfect: gold records as predictions
def perfect(gold, name):
    with open(name,'w') as f:
        for r in gold: f.write(json.dumps({'id':r['id'],'quotes':[strip(q) for q in r['quotes']]})+'\n')
# 2 perturbed
def perturbed(gold, name, seed):
    rnd=random.Random(seed)
    with open(name,'w') as f:
        for n,r in enumerate(gold):
            if n==5: continue  # one article with no prediction
            out=[]
            T=r['text']
            for q in r['quotes']:
                q=strip(q); x=rnd.random()
                if x<0.12: continue  # missing quote
                if x<0.30:  # shifted offsets
                    d=rnd.choice([-3,-1,1,2,5])
                    q['start']=max(0,q['start']+d); q['end']=max(q['start']+1,q['end']+rnd.choice([-4,0,3]))
                    q['quoted_spans']=[[max(0,a+d),b] for a,b in q['quoted_spans']]
                elif x<0.42:  # wrong speaker: a mention elsewhere
                    if q['speaker_start'] is not None:
                        a=rnd.randrange(0,max(1,len(T)-12)); q['speaker_start']=a; q['speaker_end']=a+rnd.randrange(2,12)
                        q['speaker']=T[a:q['speaker_end']]
                elif x<0.50:  # speaker dropped
                    q['speaker']=q['speaker_start']=q['speaker_end']=None
                elif x<0.56:  # name right, span elsewhere
                    if q['speaker']:
                        q['speaker_start']=0; q['speaker_end']=1
                elif x<0.62:  # kind changed, quoted spans dropped
                    q['kind']='direct' if q['kind']!='direct' else 'mixed'; q['quoted_spans']=[]
                elif x<0.68:  # stretched to the whole paragraph
                    a=T.rfind('\n',0,q['start'])+1; b=T.find('\n',q['end']); b=len(T) if b<0 else b
                    q['start'],q['end']=a,b
                out.append(q)
            for _ in range(rnd.randrange(0,4)):  # spurious predictions
                a=rnd.randrange(0,len(T)-30); b=a+rnd.randrange(5,80)
                out.append({'start':a,'end':min(b,len(T)),'kind':rnd.choice(['direct','indirect','mixed']),
                            'quoted_spans':[],'speaker':None,'speaker_start':None,'speaker_end':None})
            rnd.shuffle(out)
            f.write(json.dumps({'id':r['id'],'quotes':out})+'\n')
        f.write(json.dumps({'id':'not-in-gold','quotes':[{'start':0,'end':5}]})+'\n')
# 3 quotation-mark regex baseline, no speakers, minimal fields (kind defaults to direct)
def regex(gold, name, pattern=r'"[^"\n]+"|“[^”\n]+”'):
    pat=re.compile(pattern)
    with open(name,'w') as f:
        for r in gold:
            f.write(json.dumps({'id':r['id'],'quotes':[{'start':m.start(),'end':m.end()} for m in pat.finditer(r['text'])]})+'\n')
# 4 quoted spans only, one record per distinct gold quoted span: perfect under --units direct
def quoted(gold, name):
    with open(name,'w') as f:
        for r in gold:
            seen=set(); out=[]
            for q in r['quotes']:
                if q['kind'] not in ('direct','mixed'): continue
                for a,b in q['quoted_spans']:
                    if (a,b) in seen: continue
                    seen.add((a,b))
                    out.append({'start':a,'end':b,'kind':'direct','quoted_spans':[[a,b]],'speaker':q['speaker'],
                                'speaker_start':q['speaker_start'],'speaker_end':q['speaker_end']})
            f.write(json.dumps({'id':r['id'],'quotes':out})+'\n')

dev=read('dev_gold.jsonl')
perfect(dev, 'pred_perfect.jsonl')
perturbed(dev, 'pred_perturbed.jsonl', 20261127)
regex(dev, 'pred_regex.jsonl')
quoted(dev, 'pred_quoted.jsonl')
challenge=read('challenge_gold.jsonl')
perturbed(challenge, 'challenge_pred_perturbed.jsonl', 20261201)
regex(challenge, 'challenge_pred_regex.jsonl', r"\"[^\"\n]+\"|“[^”\n]+”|''[^'\n]+''")

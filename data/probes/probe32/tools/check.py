import json,os,sys,unicodedata,re
G=json.load(open(sys.argv[1] if len(sys.argv)>1 else '/tmp/probe32/gold.json'))
C='/tmp/probe32/corpus'; err=[]
texts={f[:-4]:open(os.path.join(C,f),encoding='utf-8').read() for f in os.listdir(C) if f.endswith('.txt')}
if set(texts)!=set(G['documents']): err.append(('doc set mismatch',set(texts)^set(G['documents'])))
def norm(s):
    s=unicodedata.normalize('NFKD',s); s=''.join(c for c in s if not unicodedata.combining(c)).lower()
    s=re.sub(r"['’‘\"“”]","",s); s=re.sub(r"[-–—]"," ",s); s=re.sub(r"[^\w\s]"," ",s)
    w=s.split()
    while w and w[0] in('mr','mrs','ms','dr','the','ayatollah','sheikh'): w=w[1:]
    return ' '.join(w)
names={a['name'] for a in G['actors']}; keys={}
for a in G['actors']:
    if a['kind'] not in('person','country','organization'): err.append(('kind',a['name']))
    if a['country'] is not None and not re.fullmatch(r'[A-Z]{3}',a['country']): err.append(('iso',a['name']))
    for n in [a['name']]+a['aliases']:
        k=norm(n)
        if k in keys and keys[k]!=a['name']: err.append(('alias collision',n,keys[k],a['name']))
        keys[k]=a['name']
for x in G['meetings']+G['statements']:
    t=texts.get(x['doc'])
    if t is None: err.append(('doc',x['doc'])); continue
    if x['quote'] not in t: err.append(('quote not verbatim',x['doc'],x['quote'][:60]))
    for n in x.get('participants',[])+[x.get('speaker')]*('speaker' in x)+x.get('targets',[]):
        if n not in names: err.append(('undeclared',x['doc'],n))
    if 'participants' in x and len(set(x['participants']))<2: err.append(('meeting<2',x['quote'][:40]))
    if x.get('date') and not re.fullmatch(r'\d{4}-\d\d-\d\d',x['date']): err.append(('date',x['date']))
# every name used: does some alias appear in its doc?
for x in G['meetings']+G['statements']:
    t=norm(texts[x['doc']])
    for n in x.get('participants',[])+([x['speaker']] if 'speaker' in x else [])+x.get('targets',[]):
        a=next(a for a in G['actors'] if a['name']==n)
        if not any(re.search(r'\b'+re.escape(norm(v))+r's?\b',t) for v in [a['name']]+a['aliases']): err.append(('name form not in doc',x['doc'],n))
for k,v in G['documents'].items():
    if v['date'] is not None and not re.fullmatch(r'2026-11-\d\d',v['date']): err.append(('doc date',k))
for x in G['meetings']:
    dd=G['documents'][x['doc']]['date']
    if x['date'] and dd is None: err.append(('dated meeting in undated doc',x['quote'][:40]))
    if x['date'] and dd and x['date']>dd: err.append(('meeting after article date',x['quote'][:40]))
for x in G['statements']:
    if x['speaker'] in x['targets']: err.append(('self target',x['quote'][:40]))
for e in err: print(e)
print(len(err),'errors;',len(G['meetings']),'meetings',len(G['statements']),'statements')

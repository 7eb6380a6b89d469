"""Checks a probe's hand gold against its articles: python3 data/probes/tools/check_gold.py data/probes/probeNN"""
import json,os,sys,unicodedata,re
import datetime
PROBE=sys.argv[1]
G=json.load(open(os.path.join(PROBE,'gold.json')))
C=os.path.join(PROBE,'corpus'); err=[]
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

ISO3=set("""AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE XKX""".split())
for a in G['actors']:
    if a['country'] is not None and a['country'] not in ISO3: err.append(('not an ISO3 code',a['name'],a['country']))
    if a['kind']=='country' and a['country'] is None: err.append(('country actor without code',a['name']))
WD=['monday','tuesday','wednesday','thursday','friday','saturday','sunday']
byname={a['name']:a for a in G['actors']}
for x in G['meetings']:
    dd=G['documents'][x['doc']]['date']; q=x['quote'].lower()
    if x['date']:
        md=datetime.date.fromisoformat(x['date'])
        for i,w in enumerate(WD):
            if re.search(r'\b'+w+r'\b',q) and md.weekday()!=i: err.append(('weekday in quote != date',x['doc'],x['date'],w))
        if dd:
            lag=(datetime.date.fromisoformat(dd)-md).days
            explicit=re.search(r'\b%d(st|nd|rd|th)?\b'%md.day,texts[x['doc']]) is not None
            if lag>6 and not explicit: err.append(('dated meeting >6 days before article without explicit day',x['quote'][:40]))
    # a country/org only stands as participant where no person of that side is named
    ps=[byname[p] for p in x['participants']]
    for p in ps:
        if p['kind']=='country' and any(o['kind']=='person' and o['country']==p['country'] for o in ps):
            err.append(('country participant alongside a person of same country',x['doc'],p['name']))
    if len(set(x['participants']))!=len(x['participants']): err.append(('duplicate participant',x['quote'][:40]))
for x in G['statements']:
    if len(set(x['targets']))!=len(x['targets']): err.append(('duplicate target',x['quote'][:40]))
for e in err: print(e)
print(len(err),'errors;',len(G['meetings']),'meetings',len(G['statements']),'statements')

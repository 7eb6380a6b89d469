"""The scaffold every probe's tools/build_gold.py shares: declare actors (a), meetings (m) and statements (s),
then write(documents) writes ../gold.json beside the builder, keeping only the actors some event names."""
import json, os, sys

P = 'person'; C = 'country'; O = 'organization'
A = []; M = []; S = []


def a(name, kind, c, *al): A.append(dict(name=name, kind=kind, country=c, aliases=list(al)))


def m(d, p, date, place, q): M.append(dict(doc=d, participants=p, date=date, place=place, quote=q))


def s(d, sp, t, q): S.append(dict(doc=d, speaker=sp, targets=t, quote=q))


def write(documents):
    used = {n for x in M for n in x['participants']} | {x['speaker'] for x in S} | {t for x in S for t in x['targets']}
    gold = dict(documents={k: {"date": v} for k, v in documents.items()},
                actors=[x for x in A if x['name'] in used], meetings=M, statements=S)
    builder = os.path.abspath(sys.modules['__main__'].__file__)
    with open(os.path.join(os.path.dirname(builder), '..', 'gold.json'), 'w') as out:
        json.dump(gold, out, ensure_ascii=False, indent=1)
    pairs = {(x['doc'], frozenset((p, q))) for x in M for p in x['participants'] for q in x['participants'] if p < q}
    print(len(gold['actors']), 'actors', len(pairs), 'meeting pairs', len(M), 'meetings', len(S), 'statements')
    print('unused declared:', [x['name'] for x in A if x['name'] not in used])

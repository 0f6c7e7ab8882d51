# Usage: python3 test/prose/unread/tools/overlap.py FILE...  Prints every 7-word run a file shares with ../shared/realworld-dev/services.json
# (the dev set must never be copied). Exit 1 when any run is shared.
import json, os, re, sys
def words(t): return re.findall(r"[a-z0-9]+", t.lower())
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..'))
dev = json.load(open(os.path.join(ROOT, '..', 'shared', 'realworld-dev', 'services.json')))
grams = set()
for r in dev:
    for t in [r.get('passage', '')] + [s['text'] for s in r.get('sentences', [])]:
        w = words(t)
        grams.update(tuple(w[i:i+7]) for i in range(len(w) - 6))
bad = 0
for f in sys.argv[1:]:
    w = words(open(f).read())
    hits = {' '.join(w[i:i+7]) for i in range(len(w) - 6) if tuple(w[i:i+7]) in grams}
    for h in sorted(hits): print(f'{f}: {h}'); bad += 1
print(f'{bad} shared 7-word runs'); sys.exit(1 if bad else 0)

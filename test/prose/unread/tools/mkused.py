# Usage (from the repository root): python3 test/prose/unread/tools/mkused.py OUT.tsv
# Every service (and dossier title, with its README row) already in the project or the dev set, one per line: file, id, service.
import json, glob, os, re, sys
rows = []
def add(src, sid, name): rows.append((src, sid, re.sub(r'\s+', ' ', name)))
for f in sorted(glob.glob('test/prose/*.json') + glob.glob('test/prose/unread/*.json') + ['../shared/realworld-dev/services.json']):
    try: d = json.load(open(f))
    except Exception: continue
    if isinstance(d, list):
        for r in d:
            if isinstance(r, dict) and 'service' in r: add(os.path.basename(f), r.get('id', ''), r['service'])
def readme_row(folder, stem):
    # The row of the set's README table that describes the dossier ("| 01-shardview | pulls suspected fragmented red cells
    # …"): a title alone does not say the device type, and a helper's keyword grep needs the type (stop 58).
    try: lines = open(os.path.join(folder, 'README.md')).read().splitlines()
    except OSError: return ''
    for line in lines:
        cells = [c.strip().strip('`') for c in line.split('|')]
        if len(cells) > 3 and cells[1] in (stem, stem + '.dossier.md'): return cells[2]
    return ''
for f in sorted(glob.glob('test/prose/**/*.dossier.md', recursive=True)):
    text = open(f).read()
    m = re.search(r'^(?:title|service|name):\s*(.+)$', text, re.M)
    h = re.search(r'^#\s+(.+)$', text, re.M)
    stem = os.path.basename(f)[:-len('.dossier.md')]
    parts = [x.group(1) for x in (m, h) if x] + [readme_row(os.path.dirname(f), stem)]
    add(os.path.relpath(os.path.dirname(f), 'test/prose'), os.path.basename(f), ' / '.join(x for x in parts if x))
with open(sys.argv[1], 'w') as out:
    for r in rows: out.write('\t'.join(r) + '\n')
print(len(rows))

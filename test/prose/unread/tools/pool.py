# Usage: python3 test/prose/unread/tools/pool.py JSON... (outputs of eval:prose --json). Prints per set and pooled figures.
import json, sys
keys = ['services', 'falseAlarmServices', 'falseAlarmWarnings', 'wrongPairs', 'wrongDetected', 'detectedWarnings', 'suggestedRight']
tot = dict.fromkeys(keys, 0)
for f in sys.argv[1:]:
    for name, v in json.load(open(f)).items():
        if 'services' not in v: continue
        print(f"{name.split(' ')[0]:10} FA {v['falseAlarmServices']} ({v['falseAlarmWarnings']}) / det {v['wrongDetected']} ({v['detectedWarnings']}) of {v['wrongPairs']} / sug {v['suggestedRight']} of {v['services']}")
        for k in keys: tot[k] += v[k]
t = tot
print(f"POOLED     FA {t['falseAlarmServices']} ({t['falseAlarmWarnings']}) of {t['services']} = {100*t['falseAlarmServices']/t['services']:.1f}% ({100*t['falseAlarmWarnings']/t['services']:.1f}%) / det {t['wrongDetected']} ({t['detectedWarnings']}) of {t['wrongPairs']} = {100*t['wrongDetected']/t['wrongPairs']:.1f}% / sug {t['suggestedRight']} of {t['services']} = {100*t['suggestedRight']/t['services']:.1f}%")

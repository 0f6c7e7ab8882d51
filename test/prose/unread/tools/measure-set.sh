# Usage (from the repository root): bash test/prose/unread/tools/measure-set.sh OUTDIR TAG DIR SET...
# Reads each set (DIR/SET.json) with `npm run eval:prose -- --set … --json`, in parallel, keeps the JSON in OUTDIR and pools
# the figures (pool.py). Example: bash test/prose/unread/tools/measure-set.sh /tmp/m first test/prose/unread h243 h244
OUT=$1; TAG=$2; DIR=$3; shift 3
HERE=$(dirname "$0")
mkdir -p "$OUT"
for h in "$@"; do npm run -s eval:prose -- --set "$DIR/$h.json" --json > "$OUT/$TAG-$h.json" & done; wait
python3 "$HERE/pool.py" $(for h in "$@"; do echo "$OUT/$TAG-$h.json"; done)

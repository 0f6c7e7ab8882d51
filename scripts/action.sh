#!/usr/bin/env bash
# The command line of action.yml (the GitHub Action), kept in a script so that the tests run exactly
# what the runner runs. Inputs come as CPT_DOSSIER_* environment variables. Exit status: the CLI's
# (0 clean, 1 an error finding, 2 the command failed).
set -euo pipefail
set -f # paths and args are split on spaces but never expanded by the shell: globs are the CLI's

version="${CPT_DOSSIER_VERSION:-0.1.0}"
read -r -a paths <<< "${CPT_DOSSIER_PATHS:-.}"
read -r -a args <<< "${CPT_DOSSIER_ARGS:-}"
[ "${#paths[@]}" -gt 0 ] || paths=(.)

# The output format is the Action's to choose (annotations need --format github): a --format in
# args would silently replace it, so it is refused before anything runs.
for arg in "${args[@]}"; do
  [ "$arg" = "--" ] && break
  case "$arg" in
    --format | --format=*)
      message="the args input cannot set --format: the Action prints annotations (--format github), the text format with annotations: false, and SARIF to sarif-file; run cpt-dossier lint yourself for another format"
      echo "::error title=CPT Dossier::${message}"
      echo "cpt-dossier action: ${message}" >&2
      exit 2
      ;;
  esac
done
# annotations: true or false, in any case (YAML writers type False as readily as false); anything
# else is refused rather than read as true.
case "$(printf '%s' "${CPT_DOSSIER_ANNOTATIONS:-true}" | tr '[:upper:]' '[:lower:]')" in
  true) format=github ;;
  false) format=text ;;
  *)
    # (The value is not echoed: a line break in it would start a workflow command of its own.)
    message="the annotations input must be true or false"
    echo "::error title=CPT Dossier::${message}"
    echo "cpt-dossier action: ${message}" >&2
    exit 2
    ;;
esac
cli=(npm exec --yes --package "cpt-dossier@${version}" -- cpt-dossier)

if [ -n "${CPT_DOSSIER_SARIF:-}" ]; then
  sarif_status=0
  "${cli[@]}" lint --format sarif "${args[@]}" "${paths[@]}" > "${CPT_DOSSIER_SARIF}" || sarif_status=$?
  if [ "$sarif_status" -ge 2 ]; then exit "$sarif_status"; fi
fi

status=0
"${cli[@]}" lint --format "$format" "${args[@]}" "${paths[@]}" || status=$?
exit "$status"

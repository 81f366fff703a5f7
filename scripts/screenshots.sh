#!/bin/sh
# Takes screenshots of the main window and of every per-stack tab on the built-in demo workspace,
# under Xvfb, into BUILD_DIR/screenshots/. Builds nothing: give it a build folder with `leitstand`.
#
#   scripts/screenshots.sh build
#
# Needs xvfb-run (xvfb), xwd (x11-apps) and xwdtopnm/pnmtopng (netpbm). Settings and recent files
# of these runs go to a throwaway home folder, never to the operator's.
set -eu

build_dir=${1:?usage: scripts/screenshots.sh BUILD_DIR}
app="$build_dir/src/app/leitstand"
[ -x "$app" ] || { echo "no leitstand executable in $build_dir/src/app" >&2; exit 2; }
for tool in xvfb-run xwd xwdtopnm pnmtopng; do
    command -v "$tool" >/dev/null || { echo "missing $tool (Debian: xvfb x11-apps netpbm)" >&2; exit 2; }
done

out_dir="$build_dir/screenshots"
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
app=$(cd "$(dirname "$app")" && pwd)/leitstand
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
width=1600
height=1000
settle=${LEITSTAND_SCREENSHOT_SETTLE:-4}

# One run of the app per picture: NAME, then the app's arguments.
shoot() {
    name=$1
    shift
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home" LEITSTAND_SHOT="$out_dir/$name.png" \
        xvfb-run -a -s "-screen 0 ${width}x${height}x24" sh -c '
            "$0" -geometry '"${width}x${height}"'+0+0 "$@" &
            pid=$!
            sleep '"$settle"'
            xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$LEITSTAND_SHOT"
            kill "$pid"
            wait "$pid" 2>/dev/null || true
        ' "$app" --language en "$@"
    echo "$out_dir/$name.png"
}

shoot main-window --select droplet-fra1/ground-zero/n8n --tab services
shoot topology-manacore --select mac-mini/manacore --tab topology
shoot services-manacore --select mac-mini/manacore --tab services
shoot ports-ground-zero --select droplet-fra1/ground-zero --tab ports
shoot review-manacore --select mac-mini/manacore --tab review
shoot editor-domino --select domino-cx11/domino/n8n --tab editor
shoot topology-sese-infra-dark --select sese-prod/sese-infra --tab topology --appearance dark
shoot ports-ground-zero-dark --select droplet-fra1/ground-zero/n8n --tab ports --appearance dark

# The editor with an error: a copy of ground-zero with a service that has no image, opened from disk.
broken="$home/ground-zero-broken"
mkdir -p "$broken"
cat > "$broken/compose.yaml" <<'YAML'
services:
  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}
  n8n:
    image: n8nio/n8n:1.64.3
    ports:
      - "127.0.0.1:5678:5678"
    depends_on:
      postgres:
        condition: service_healthy
  worker:
    depends_on: [n8n]
YAML
printf 'POSTGRES_PASSWORD=change-me\n' > "$broken/.env"
shoot editor-with-error "$broken" --tab editor

# Shared helpers of the end-to-end scripts: a private X server, a fresh home, screenshots.
# Source it; it defines start_x, wait_window, shot, colours, differing_pixels, fail.

fail() { echo "E2E FAIL: $*" >&2; exit 1; }

# start_x starts Xvfb on a display number the server picks itself (-displayfd), so two
# tests starting at the same moment never share or fight over a display; exports DISPLAY.
start_x() {
  local fifo n=""
  if [ -n "${E2E_DISPLAY:-}" ]; then # a display number of one's own (a shared machine)
    Xvfb "$E2E_DISPLAY" -screen 0 ${E2E_SCREEN:-1280x800x24} -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    export DISPLAY=$E2E_DISPLAY
    for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && return 0; sleep 0.05; done
    fail "Xvfb did not answer on $E2E_DISPLAY"
  fi
  fifo=$(mktemp -u); mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 ${E2E_SCREEN:-1280x800x24} -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
  XVFB_PID=$!
  read -r -t 20 n <"$fifo" || true
  rm -f "$fifo"
  [ -n "$n" ] || fail "Xvfb did not start"
  export DISPLAY=:$n
  for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && return 0; sleep 0.05; done
  fail "Xvfb did not answer on :$n"
}
stop_x() { [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true; }

# fresh_home gives the app an empty home, so no preferences or cases from an earlier run.
fresh_home() {
  export HOME=$(mktemp -d)
  export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share
  export XDG_RUNTIME_DIR=$HOME/run; mkdir -p -m 700 "$XDG_RUNTIME_DIR"; mkdir -p "$HOME/.cache" "$XDG_CONFIG_HOME"
}

# wait_window NAME [SECONDS] prints the id of the first visible window titled NAME.
wait_window() {
  local name=$1 limit=${2:-30} id
  local end=$((SECONDS + limit))
  while [ $SECONDS -lt $end ]; do
    id=$(xdotool search --onlyvisible --name "^$name\$" 2>/dev/null | head -1)
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.02
  done
  return 1
}

# shot FILE screenshots the whole screen.
shot() { import -window root "$1"; }

# colours FILE prints how many distinct colours an image has (a blank window has 1–3).
colours() { identify -format '%k' "$1"; }

# differing_pixels A B prints how many pixels differ between two screenshots.
differing_pixels() { compare -metric AE "$1" "$2" null: 2>&1 | cut -d' ' -f1 || true; }

# stop_app PID ends the app started as PID — also when PID is the strace wrapper of
# run.sh, whose traced child must get the signal itself (strace only detaches).
stop_app() {
  local pid=$1
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Sourced by ./mvnw: make sure Maven runs on a JDK 21+ even where the default `java` is older.
# Keeps a JAVA_HOME that is already new enough; otherwise picks the newest JDK 21+ under /usr/lib/jvm.
artgen_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
artgen_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(artgen_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  best="" best_major=0
  for candidate in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(artgen_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate" best_major="$major"
    fi
  done
  if [ -n "$best" ]; then
    export JAVA_HOME="$best"
  else
    echo "ArtGen needs a JDK 21 or newer: set JAVA_HOME to one (none found under /usr/lib/jvm)." >&2
  fi
}
artgen_find_jdk

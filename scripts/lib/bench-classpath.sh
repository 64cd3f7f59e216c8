# Shared by scripts/bench-* and scripts/make-figures: builds the project (with test classes) when it
# is missing or older than the sources, and prints the class path of main classes, test classes and
# all test-scope dependencies.
bench_classpath() {
  local root="$1"
  local stamp="$root/target/test-classpath.txt"
  if [ ! -f "$stamp" ] || [ ! -d "$root/target/test-classes/org/nmfusion/bench" ] \
     || [ -n "$(find "$root/src" -newer "$stamp" -type f | head -n 1)" ]; then
    (cd "$root" && mvn -B -q -DskipTests package >&2)
  fi
  echo "$root/target/classes:$root/target/test-classes:$(cat "$stamp")"
}

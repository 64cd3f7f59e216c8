# Shared by scripts/bench-*: builds the project (with test classes) if needed and prints the
# class path of main classes, test classes and all test-scope dependencies.
bench_classpath() {
  local root="$1"
  if [ ! -f "$root/target/test-classpath.txt" ] || [ ! -d "$root/target/test-classes/org/nmfusion/bench" ]; then
    (cd "$root" && mvn -B -q -DskipTests package >&2)
  fi
  echo "$root/target/classes:$root/target/test-classes:$(cat "$root/target/test-classpath.txt")"
}

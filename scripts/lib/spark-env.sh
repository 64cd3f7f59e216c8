# Shared by scripts/nmfusion-spark, scripts/test-spark and scripts/bench-spark: the Spark job's jar, the
# minimal SPARK_HOME the build makes (target/spark-home: jars/ = Spark 3.5 and its dependencies, conf/ =
# quiet logging), the JVM flags Spark needs on Java 17, and a standalone cluster (one master, N workers) on
# 127.0.0.1 with its clean-up.

# The module flags Spark's own launcher adds on Java 17 (the same list as the pom's profile spark)
SPARK_JAVA_OPTS=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false)

# spark_jar ROOT: the shaded job jar, or nothing
spark_jar() {
  ls "$1"/target/nmfusion-spark-*.jar 2>/dev/null | head -n 1 || true
}

# spark_build ROOT: builds the job jar, SPARK_HOME and the test classes when missing or older than the sources
spark_build() {
  local root="$1" jar
  jar="$(spark_jar "$root")"
  if [ -z "$jar" ] || [ ! -d "$root/target/spark-home/jars" ] || [ ! -d "$root/target/test-classes/org/nmfusion/spark" ] \
     || [ -n "$(find "$root/src" "$root/pom.xml" -newer "$jar" -type f | head -n 1)" ]; then
    echo "== building the Spark job (mvn -B -q -Pspark -DskipTests package)" >&2
    (cd "$root" && mvn -B -q -Pspark -DskipTests package >&2)
  fi
}

# spark_env ROOT: the environment of every Spark JVM started here (bind to 127.0.0.1 only)
spark_env() {
  export SPARK_HOME="${SPARK_HOME:-$1/target/spark-home}"
  export SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=127.0.0.1
  export TF_CPP_MIN_LOG_LEVEL="${TF_CPP_MIN_LOG_LEVEL:-2}"
}

# The standalone cluster: process ids (each the leader of its own process group) and the master's URL
SPARK_CLUSTER_PIDS=()
SPARK_CLUSTER_DIR=""
SPARK_MASTER_URL=""

# spark_wait_for FILE PATTERN SECONDS: waits until FILE has a line matching PATTERN
spark_wait_for() {
  local i
  for ((i = 0; i < $3 * 5; i++)); do
    grep -q -E "$2" "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "timed out after $3 s waiting for '$2' in $1:" >&2
  tail -n 30 "$1" >&2 || true
  return 1
}

# spark_start_cluster DIR WORKERS CORES MEMORY: a master and WORKERS workers as separate JVMs on 127.0.0.1,
# logs and work folders in DIR; sets SPARK_MASTER_URL. Call spark_stop_cluster (trap) to end them.
spark_start_cluster() {
  local dir="$1" workers="$2" cores="$3" memory="$4" cp i
  cp="$SPARK_HOME/conf:$SPARK_HOME/jars/*"
  SPARK_CLUSTER_DIR="$dir"
  mkdir -p "$dir"
  setsid java -Xmx512m "${SPARK_JAVA_OPTS[@]}" -cp "$cp" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port 0 --webui-port 0 > "$dir/master.log" 2>&1 < /dev/null &
  SPARK_CLUSTER_PIDS+=($!)
  spark_wait_for "$dir/master.log" 'Starting Spark master at spark://' 60
  SPARK_MASTER_URL="$(grep -o -E 'spark://127\.0\.0\.1:[0-9]+' "$dir/master.log" | head -n 1)"
  for ((i = 1; i <= workers; i++)); do
    mkdir -p "$dir/worker$i"
    setsid java -Xmx512m "${SPARK_JAVA_OPTS[@]}" -cp "$cp" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --port 0 --webui-port 0 --cores "$cores" --memory "$memory" --work-dir "$dir/worker$i" \
      "$SPARK_MASTER_URL" > "$dir/worker$i.log" 2>&1 < /dev/null &
    SPARK_CLUSTER_PIDS+=($!)
  done
  for ((i = 1; i <= workers; i++)); do
    spark_wait_for "$dir/worker$i.log" 'Successfully registered with master' 60
  done
  echo "== Spark standalone cluster: master $SPARK_MASTER_URL, $workers workers x $cores core(s), $memory (logs: $dir)" >&2
}

# spark_stop_cluster: ends the master, the workers and the executors they launched (their process groups) and
# deletes the executors' copies of the job jar (logs stay)
spark_stop_cluster() {
  local pid i
  for pid in "${SPARK_CLUSTER_PIDS[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${SPARK_CLUSTER_PIDS[@]}"; do
    for ((i = 0; i < 50; i++)); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  SPARK_CLUSTER_PIDS=()
  [ -n "$SPARK_CLUSTER_DIR" ] && find "$SPARK_CLUSTER_DIR" -path '*/app-*' -name '*.jar' -delete 2>/dev/null || true
}

# Steps bench/run.sh, bench/browser.sh and bench/reliability.sh share. Source it once `root`, `say`
# and `die` are defined; each function sets a variable of the sourcing script.

# Sets `jdk`: $BENCH_JDK17_HOME, else the JDK the `java` on the PATH belongs to.
bench_jdk() {
  if [[ -n "${BENCH_JDK17_HOME:-}" ]]; then
    jdk="$BENCH_JDK17_HOME"
  else
    command -v java >/dev/null 2>&1 || die "no java on the PATH (set BENCH_JDK17_HOME)"
    jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
}

# Sets `fat`: Weft's fat jar, $WEFT_FAT_JAR, or built on JDK $1 by `mvn install -DskipTests` into
# $BENCH_BUILD_DIR (default bench/target/weft-build), which never touches target/.
bench_fat_jar() {
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is not on the PATH"
  if [[ -n "${WEFT_FAT_JAR:-}" ]]; then
    [[ -f "$WEFT_FAT_JAR" ]] || die "WEFT_FAT_JAR=$WEFT_FAT_JAR does not exist"
    fat=$(readlink -f "$WEFT_FAT_JAR")
    say "using $fat"
  else
    local build="${BENCH_BUILD_DIR:-$root/bench/target/weft-build}"
    say "building Weft into $build (mvn install -DskipTests)"
    JAVA_HOME="$1" mvn -B -q install -DskipTests -Dweft.buildDir="$build"
    fat="$build/app-fat.jar"
  fi
}

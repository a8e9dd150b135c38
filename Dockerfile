# Weft's production host: build with Maven, run the fat jar on a slim Temurin 25 JRE
# (virtual threads for blocking handlers). Mount your own configuration at /conf/config.json.
#
#   docker build -t weft .
#   docker run -p 8000:8000 weft
#   docker run -p 8000:8000 -v "$PWD/conf:/conf:ro" -e WEFT_SESSION_TIMEOUT_SECONDS=600 weft
#   docker run --network weft -e WEFT_CLUSTER_ENABLED=true -e WEFT_CLUSTER_MEMBERS=weft-1:5701,weft-2:5701 weft

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:25-jre
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN useradd --system --uid 10001 --home-dir /app weft
WORKDIR /app
COPY --from=build /src/target/app-fat.jar /app/app-fat.jar
COPY conf/config.json /conf/config.json
# Class-data sharing: start the server once at build time, until GET / answers 200 (not merely
# until the port accepts: the classes that serve the first page belong in the archive too), and
# keep the classes it loaded in an archive; every later start maps them instead of loading them
# (about a third off the start in bench/). The archive is tied to this JRE and this jar, both
# fixed in this image.
RUN java -XX:ArchiveClassesAtExit=/app/weft.jsa -jar /app/app-fat.jar -conf /conf/config.json & \
    pid=$!; \
    for _ in $(seq 1 150); do \
      status=$( (exec 3<>/dev/tcp/127.0.0.1/8000 && printf 'GET / HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 \
        && head -n 1 <&3) 2>/dev/null || true); \
      [[ "$status" == *" 200 "* ]] && break; sleep 0.2; \
    done; \
    kill "$pid"; wait "$pid" || true; \
    test -s /app/weft.jsa && rm -rf /app/uploads && chown -R weft /app
USER weft
# Clustering (WEFT_CLUSTER_ENABLED=true, docs/deployment.md "Several instances"): Hazelcast on
# 5701 and the clustered event bus on a fixed 5801 (rather than a random port), so both can be
# opened between the instances and nowhere else.
ENV WEFT_CLUSTER_PORT=5701 WEFT_CLUSTER_EVENT_BUS_PORT=5801
EXPOSE 8000 5701 5801
# The JVM sizes its heap from the container's memory limit. A clustered instance binds and
# advertises WEFT_CLUSTER_HOST: on Kubernetes the pod IP (docs/k8s/deployment.yaml), else the
# container's own address, which the shell looks up here (an unclustered start ignores it).
ENTRYPOINT ["/bin/bash", "-c", "host=\"${WEFT_CLUSTER_HOST:-$(hostname -i 2>/dev/null | cut -d' ' -f1)}\"; if [ -n \"$host\" ]; then export WEFT_CLUSTER_HOST=\"$host\"; fi; exec java -XX:SharedArchiveFile=/app/weft.jsa -XX:MaxRAMPercentage=75 -jar /app/app-fat.jar -conf /conf/config.json \"$@\"", "weft"]

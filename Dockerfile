# Weft's production host: build with Maven, run the fat jar on a slim Temurin 25 JRE
# (virtual threads for blocking handlers). Mount your own configuration at /conf/config.json.
#
#   docker build -t weft .
#   docker run -p 8000:8000 weft
#   docker run -p 8000:8000 -v "$PWD/conf:/conf:ro" -e WEFT_SESSION_TIMEOUT_SECONDS=600 weft

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
# Class-data sharing: start the server once at build time, until it answers, and keep the classes
# it loaded in an archive; every later start maps them instead of loading them (about a third off
# the start in bench/). The archive is tied to this JRE and this jar, both fixed in this image.
RUN java -XX:ArchiveClassesAtExit=/app/weft.jsa -jar /app/app-fat.jar -conf /conf/config.json & \
    pid=$!; \
    for _ in $(seq 1 150); do (exec 3<>/dev/tcp/127.0.0.1/8000) 2>/dev/null && break; sleep 0.2; done; \
    kill "$pid"; wait "$pid" || true; \
    test -s /app/weft.jsa && rm -rf /app/uploads && chown -R weft /app
USER weft
EXPOSE 8000
# The JVM sizes its heap from the container's memory limit.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/weft.jsa", "-XX:MaxRAMPercentage=75", "-jar", "/app/app-fat.jar", "-conf", "/conf/config.json"]

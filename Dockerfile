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
RUN useradd --system --uid 10001 --home-dir /app weft
WORKDIR /app
COPY --from=build /src/target/app-fat.jar /app/app-fat.jar
COPY conf/config.json /conf/config.json
USER weft
EXPOSE 8000
# The JVM sizes its heap from the container's memory limit; stop within Docker's grace period.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app-fat.jar", "-conf", "/conf/config.json"]

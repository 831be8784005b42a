# The hub's container image (README, "Production"): built from this checkout, run with the production profile.
#   docker build -t tradehub .        (docker compose up --build does it for the compose file's hubs)

# --- Build: Maven on a JDK 17. The local Maven repository is a build cache, so a second build downloads nothing. ---
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
COPY src ./src
# The tests ran before the image is built (./mvnw verify); the formatting check is the build's, not the image's.
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests -Dspring-javaformat.skip=true package
# Spring Boot's layers, most stable first: a change to the hub's own classes rebuilds only the last, small layer.
RUN java -Djarmode=tools -jar target/tradehub.jar extract --layers --destination extracted

# --- Run: a JRE 17, as an unprivileged user. ---
FROM eclipse-temurin:17-jre
# curl for the compose file's health checks (GET /actuator/health/readiness)
RUN apt-get update \
	&& apt-get install -y --no-install-recommends curl \
	&& rm -rf /var/lib/apt/lists/* \
	&& groupadd --system --gid 10001 tradehub \
	&& useradd --system --uid 10001 --gid tradehub --home-dir /app --no-create-home tradehub
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# The standard mappings ship with the image; partners' channels are the site's own: mount them at /app/routes.
COPY mappings ./mappings
# data/ is the one folder the hub may write to: file-outbound channels (the compose file mounts data/outbox)
RUN mkdir -p routes data/outbox && chown -R tradehub:tradehub data
VOLUME /app/routes
USER tradehub
ENV SPRING_PROFILES_ACTIVE=production \
	TRADEHUB_ROUTES=/app/routes \
	TRADEHUB_MAPPINGS=/app/mappings \
	JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# The exec form makes java process 1, so SIGTERM from docker stop reaches it and the hub shuts down gracefully.
ENTRYPOINT ["java", "-jar", "tradehub.jar"]

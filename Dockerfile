# syntax=docker/dockerfile:1
# Sổ Chi Bộ: build the executable jar with the Maven wrapper, run it on a JRE as a non-root user.
#   docker build -t sochibo .        (or: docker compose up, see docker-compose.yml)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
# Wrapper and POM first: the layers (and the Maven cache mount) survive source-only changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN sed -i 's/\r$//' mvnw && chmod +x mvnw
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -DskipTests package \
    && cp target/*.jar /workspace/app.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system sochibo \
    && useradd --system --gid sochibo --home-dir /app --no-create-home --shell /usr/sbin/nologin sochibo
WORKDIR /app
COPY --from=build --chown=sochibo:sochibo /workspace/app.jar app.jar
USER sochibo
EXPOSE 8080
# Configuration comes from the environment: SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD (the application's
# role), SPRING_FLYWAY_USER / _PASSWORD (the owner, which runs the migrations), SPRING_PROFILES_ACTIVE,
# SOCHIBO_ADMIN_USERNAME / SOCHIBO_ADMIN_PASSWORD; JVM flags via JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-jar", "app.jar"]

# Multi-stage build of the production image: build with JDK 25 + Maven wrapper, run on a JRE 25.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction || true
COPY db db
COPY frontend frontend
COPY reports reports
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/ankomst-*.jar /app.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 ankomst
USER ankomst
COPY --from=build /app.jar /app/ankomst.jar
EXPOSE 8080
# SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD must point at PostgreSQL 18 (see docker-compose.yml)
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/ankomst.jar"]

# The API image. Neo4j runs in its own container (see docker-compose.yml), so NEO4J_URI is set
# there and the bundled-Neo4j launcher (which needs a JDK) is not part of this image.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY schema ./schema
COPY seed ./seed
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]

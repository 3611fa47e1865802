# The API image, with the explorer and the GraphQL console built in. Neo4j runs in its own
# container (see docker-compose.yml), so NEO4J_URI is set there and the bundled-Neo4j launcher
# (which needs a JDK) is not part of this image.

# Compiles the service (dist) and builds the explorer (web/dist) with the full dependency set.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY web ./web
COPY examples/operations ./examples/operations
RUN npm run build

# Production dependencies only.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
# Plain JavaScript, no loader and no source maps at run time. The commands run the same way,
# e.g. `node dist/cli/seed.js` or `node dist/cli/export.js /tmp/out`.
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY seed ./seed
# The explorer's trusted-document manifest (TRUSTED_DOCUMENTS) and its build.
COPY web/src/gql/persisted-documents.json ./web/src/gql/persisted-documents.json
COPY --from=build /app/web/dist ./web/dist
USER node
EXPOSE 4000
CMD ["node", "dist/main.js"]

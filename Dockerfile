# syntax=docker/dockerfile:1
# One recipe for every service; the build arg names the workspace folder:
#   docker build --build-arg WORKSPACE=subgraphs/pix -t core-banking/pix .
ARG NODE_IMAGE=node:24-slim

FROM ${NODE_IMAGE} AS build
ARG WORKSPACE
RUN test -n "$WORKSPACE" || (echo 'build with --build-arg WORKSPACE=<folder>, e.g. subgraphs/pix' >&2 && exit 1)
ENV TURBO_TELEMETRY_DISABLED=1
WORKDIR /app
COPY . .
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
# Builds the workspace and, through turbo's ^build, the @bank/* packages it depends on.
RUN npx turbo run build --filter="./${WORKSPACE}"
RUN npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ARG WORKSPACE
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/packages ./packages
COPY --from=build --chown=node:node /app/schema ./schema
COPY --from=build --chown=node:node /app/${WORKSPACE} ./${WORKSPACE}
WORKDIR /app/${WORKSPACE}
USER node
CMD ["node", "dist/main.js"]

# PeerCircle: one image with the server, the built SPA and a mediasoup worker built against Debian's
# libraries (the same script `npm start` uses, so no download from outside npm and Debian).
FROM node:20-bookworm

ENV XDG_CACHE_HOME=/opt/peercircle-cache \
    NODE_ENV=production \
    HOST=0.0.0.0 \
    MEDIA_LISTEN_IP=0.0.0.0 \
    DATA_DIR=/data

WORKDIR /app
COPY . .
RUN sh scripts/build.sh && rm -rf /var/lib/apt/lists/*

EXPOSE 3000
VOLUME ["/data"]
CMD ["sh", "scripts/start.sh"]

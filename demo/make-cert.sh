#!/bin/sh
# Makes a self-signed ECDSA P-256 certificate for localhost (and 127.0.0.1) with the openssl
# command: demo/make-cert.sh [CERT_FILE [KEY_FILE]] (default: cert.pem and key.pem here).
set -e
cert=${1:-cert.pem}
key=${2:-key.pem}
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout "$key" -out "$cert" 2>/dev/null
echo "certificate: $cert, key: $key"

#!/usr/bin/env bash
# Regenerates the TEST-ONLY certificates in this folder. They were made once with this script and
# committed, so builds and CI never run it; rerun it only to replace them (then update the
# fingerprints in README.md, and any test that pins them).
#
# Output (in the folder given as $1, default: the folder of this script):
#   ca.pem                     test CA certificate (its key is thrown away on purpose)
#   server.pem, server-key.pem server certificate signed by the test CA, for 127.0.0.1,
#                              127.0.0.2, ::1 and localhost
#   other.pem, other-key.pem   unrelated self-signed certificate with the same names, for
#                              "wrong certificate" / pin-mismatch tests
set -euo pipefail

out="${1:-$(cd "$(dirname "$0")" && pwd)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

days=7300 # 20 years
san='subjectAltName=IP:127.0.0.1,IP:127.0.0.2,IP:::1,DNS:localhost'

# Test CA. Its key lives only in the temporary folder: nobody can sign more certificates with it.
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days "$days" \
    -keyout "$work/ca-key.pem" -out "$work/ca.pem" \
    -subj '/O=Call Data Editor tests/CN=Call Data Editor Test CA (TEST ONLY)' \
    -addext 'basicConstraints=critical,CA:TRUE' \
    -addext 'keyUsage=critical,keyCertSign,cRLSign' \
    -addext 'subjectKeyIdentifier=hash'

# Server certificate signed by the test CA.
openssl req -new -newkey rsa:2048 -nodes -sha256 \
    -keyout "$work/server-key.pem" -out "$work/server.csr" \
    -subj '/O=Call Data Editor tests/CN=localhost'
cat > "$work/server.ext" <<EXT
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
$san
EXT
openssl x509 -req -sha256 -days "$days" -in "$work/server.csr" \
    -CA "$work/ca.pem" -CAkey "$work/ca-key.pem" -set_serial "0x$(openssl rand -hex 16)" \
    -extfile "$work/server.ext" -out "$work/server.pem"

# Unrelated self-signed certificate with the same names: only trust/pinning tells it apart.
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days "$days" \
    -keyout "$work/other-key.pem" -out "$work/other.pem" \
    -subj '/O=Unrelated test issuer/CN=localhost' \
    -addext 'basicConstraints=critical,CA:FALSE' \
    -addext 'keyUsage=critical,digitalSignature,keyEncipherment' \
    -addext 'extendedKeyUsage=serverAuth' \
    -addext "$san"

openssl verify -CAfile "$work/ca.pem" "$work/server.pem"
cp "$work/ca.pem" "$work/server.pem" "$work/server-key.pem" "$work/other.pem" "$work/other-key.pem" "$out/"
for f in server.pem other.pem; do
    printf '%s ' "$f"
    openssl x509 -noout -fingerprint -sha256 -in "$out/$f"
done

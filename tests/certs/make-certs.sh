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
#   expired.pem, expired-key.pem     self-signed, the loopback names, valid only in 2020
#   otherhost.pem, otherhost-key.pem self-signed, valid 20 years, only for cic.invalid
#                              (both for what a pin does and does not waive)
#
# `make-certs.sh --pin-extras [FOLDER]` makes only expired.* and otherhost.*, leaving the others
# (whose fingerprints tests pin) alone.
set -euo pipefail

only_extras=0
if [ "${1:-}" = "--pin-extras" ]; then
    only_extras=1
    shift
fi

out="${1:-$(cd "$(dirname "$0")" && pwd)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

days=7300 # 20 years
san='subjectAltName=IP:127.0.0.1,IP:127.0.0.2,IP:::1,DNS:localhost'

# Self-signed certificates with chosen validity dates: `openssl ca` is the one OpenSSL 3.0 tool that
# takes a start and end date. make_self_signed NAME SUBJECT SAN STARTDATE ENDDATE
make_self_signed() {
    local name="$1" subject="$2" names="$3" start="$4" end="$5"
    mkdir -p "$work/ca-$name/new"
    : > "$work/ca-$name/index.txt"
    openssl rand -hex 16 > "$work/ca-$name/serial"
    cat > "$work/ca-$name/ca.cnf" <<CNF
[ca]
default_ca = selfsign
[selfsign]
dir = $work/ca-$name
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
default_md = sha256
policy = anything
copy_extensions = none
x509_extensions = leaf
unique_subject = no
[anything]
commonName = supplied
organizationName = optional
[leaf]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
$names
CNF
    openssl req -new -newkey rsa:2048 -nodes -sha256 -keyout "$work/$name-key.pem" \
        -out "$work/$name.csr" -subj "$subject"
    openssl ca -batch -config "$work/ca-$name/ca.cnf" -selfsign -keyfile "$work/$name-key.pem" \
        -in "$work/$name.csr" -startdate "$start" -enddate "$end" -notext \
        -out "$work/$name.pem"
    cp "$work/$name.pem" "$work/$name-key.pem" "$out/"
    printf '%s ' "$name.pem"
    openssl x509 -noout -fingerprint -sha256 -in "$out/$name.pem"
}

make_self_signed expired '/O=Expired test issuer/CN=localhost' "$san" 20200101000000Z 20201231235959Z
make_self_signed otherhost '/O=Other host test issuer/CN=cic.invalid' 'subjectAltName=DNS:cic.invalid' \
    "$(date -u +%Y%m%d000000Z)" "$(date -u -d "+$days days" +%Y%m%d000000Z)"
if [ "$only_extras" = 1 ]; then
    exit 0
fi

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

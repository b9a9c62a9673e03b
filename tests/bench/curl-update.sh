#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Call Data Editor contributors
# SPDX-License-Identifier: Apache-2.0
# The baseline an IT admin writes today: one correction with curl, the same three requests that
# `calldata-cli update` sends (login, update-call-data, logout), session ID and CSRF token taken
# from the login answer's headers, the session cookie kept in a temporary jar.
# Usage: ICWS_PASSWORD=... curl-update.sh BASE_URL USER CAMPAIGN CALL
set -euo pipefail
base=$1 user=$2 campaign=$3 call=$4
jar=$(mktemp) headers=$(mktemp)
trap 'rm -f "$jar" "$headers"' EXIT

curl -sS -f -o /dev/null -D "$headers" -c "$jar" -H 'Accept-Language: en-US' \
    -H 'Content-Type: application/json' \
    --data "{\"__type\":\"urn:inin.com:connection:icAuthConnectionRequestSettings\",\"applicationName\":\"curl\",\"userID\":\"$user\",\"password\":\"$ICWS_PASSWORD\"}" \
    "$base/icws/connection"
session=$(sed -n 's/^ININ-ICWS-Session-ID: *\([^[:space:]]*\).*/\1/Ip' "$headers")
csrf=$(sed -n 's/^ININ-ICWS-CSRF-Token: *\([^[:space:]]*\).*/\1/Ip' "$headers")

status=$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" -H 'Accept-Language: en-US' \
    -H "ININ-ICWS-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    --data "{\"callId\":\"$call\",\"campaignId\":\"$campaign\",\"callAttributes\":{\"customer_name\":\"Jane Doe\",\"zip\":\"46204\",\"note\":\"benchmark\"}}" \
    "$base/icws/$session/dialer/update-call-data")

curl -sS -o /dev/null -b "$jar" -H "ININ-ICWS-CSRF-Token: $csrf" -X DELETE "$base/icws/$session/connection"
[ "$status" = 202 ] || { echo "update-call-data answered $status" >&2; exit 1; }

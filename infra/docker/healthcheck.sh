#!/usr/bin/env bash
# Container health check for the api and the worker: GET /actuator/health must answer 200 on
# HEALTH_PORT (the worker's management port), else PORT (the api's public port). Spring Boot answers 503
# while a component it checks (MongoDB, disk space) is DOWN, and nothing at all while starting.
# eclipse-temurin JRE images ship neither curl nor wget, so this speaks HTTP/1.0 over bash's /dev/tcp.
set -euo pipefail

port="${HEALTH_PORT:-${PORT:-8080}}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 5 status <&3
[[ "${status}" =~ ^HTTP/1\.[01]\ 200 ]]

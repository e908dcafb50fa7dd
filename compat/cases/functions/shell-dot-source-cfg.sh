# $(shell . ./conf/env.cfg; echo $$VAR) reads a sh-compatible config at parse time.
mkdir conf
printf 'REMOTE_DIR=/nfs/x\nSCRIPT_DEPLOY_DIR=${REMOTE_DIR}/scripts\n' > conf/env.cfg
cat > Makefile <<'M'
SCRIPT_DEPLOY_DIR := $(shell . ./conf/env.cfg; echo $$SCRIPT_DEPLOY_DIR)
VERSION := $(shell cat version 2>/dev/null || echo unknown)
all: ; @echo deploy=$(SCRIPT_DEPLOY_DIR) version=$(VERSION)
M
make; echo "exit=$?"
echo 2.4.1 > version
make; echo "exit=$?"

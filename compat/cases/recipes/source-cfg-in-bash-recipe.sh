# A recipe that sources a bash config (arrays, ${VAR} refs) with SHELL=/bin/bash: bash, not make, interprets it.
mkdir conf
cat > conf/env.cfg <<'C'
REMOTE_DIR=/nfs/apps/xio   # trailing comment
IMAGE_DEPLOY_DIR=${REMOTE_DIR}/images
IMAGE_NAME_LIST=("docker-base" "img2:tag")
C
cat > Makefile <<'M'
SHELL := /bin/bash
show:
	@source conf/env.cfg; echo "dir=[$$IMAGE_DEPLOY_DIR] n=$${#IMAGE_NAME_LIST[@]} second=$${IMAGE_NAME_LIST[1]}"
M
make; echo "exit=$?"

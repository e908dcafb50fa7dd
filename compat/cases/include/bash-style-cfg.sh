# Including a bash-style config file (KEY=value, quotes, ${VAR} refs, arrays, trailing comments): make keeps quotes, parens and the blanks before a comment literally.
mkdir conf
cat > conf/env.cfg <<'C'
# site settings
REMOTE_DIR=/nfs/apps/xio   # where assets live
IMAGE_DEPLOY_DIR=${REMOTE_DIR}/images
QUOTED="a value"
SINGLE='x y'
IMAGE_NAME_LIST=("docker-base" "img2:tag")
EMPTY=
LUSTRE_NEEDED=0
C
cat > Makefile <<'M'
include conf/env.cfg
$(info REMOTE_DIR=[$(REMOTE_DIR)])
$(info IMAGE_DEPLOY_DIR=[$(IMAGE_DEPLOY_DIR)])
$(info QUOTED=[$(QUOTED)] words=$(words $(QUOTED)))
$(info SINGLE=[$(SINGLE)])
$(info IMAGE_NAME_LIST=[$(IMAGE_NAME_LIST)] first=[$(firstword $(IMAGE_NAME_LIST))])
$(info EMPTY=[$(EMPTY)] flavor=$(flavor EMPTY) LUSTRE_NEEDED=$(LUSTRE_NEEDED) origin=$(origin LUSTRE_NEEDED))
show: ; @:
M
make; echo "exit=$?"

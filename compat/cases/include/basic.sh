# include reads another makefile in place; MAKEFILE_LIST grows (manual 3.3, 6.14).
cat > inc.mk <<'M'
$(info in inc.mk: $(MAKEFILE_LIST))
FROM_INC = yes
M
cat > Makefile <<'M'
include inc.mk
$(info FROM_INC=$(FROM_INC) list=$(MAKEFILE_LIST) last=$(lastword $(MAKEFILE_LIST)))
all: ; @echo done
M
make; echo "exit=$?"

# The include file name is expanded: variables and functions work.
mkdir conf
echo 'V = from-conf' > conf/env.cfg
printf 'CONF_DIR = conf\ninclude $(CONF_DIR)/env.cfg\nall: ; @echo V=$(V)\n' > Makefile
make; echo "exit=$?"

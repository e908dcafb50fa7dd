# Variables included from a config file and exported reach recipes with make's (unquoted-by-make) value.
mkdir conf
printf 'REMOTE_DIR=/nfs/x\nQUOTED="two words"\nexport REMOTE_DIR QUOTED\n' > conf/env.cfg
printf 'include conf/env.cfg\nshow:\n\t@env | grep -E "^(REMOTE_DIR|QUOTED)=" | sort\n' > Makefile
make; echo "exit=$?"

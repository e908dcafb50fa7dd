# Built-in rule .sh -> executable (cat + chmod a+x) under -n.
#| setup: touch script.sh
#| args: -n script

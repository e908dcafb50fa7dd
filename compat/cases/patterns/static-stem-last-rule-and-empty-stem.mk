#| args: top.a.b zz
# A target in two static pattern rules takes `$*` from the last one read; a prerequisite
# pattern that is just `%` with an empty stem names no file and is dropped.
.DEFAULT: ; @echo "default [$@]"
top.a.b: %.a.b: %.first
top.a.b: %.b: %.second
top.a.b: ; @echo "stem [$*] from [$^]"
zz: zz%: % pre.% % ; @echo "[$@] <$^>"

# A recipe line that runs an executable text file with no `#!` line: the kernel refuses it
# (ENOEXEC) and make runs it with /bin/sh instead, directly and through $(SHELL).
printf 'echo "script says $1"\nexit 3\n' > plain-script
chmod +x plain-script
printf 'one: ; ./plain-script first\ntwo: ; ./plain-script second || echo "rc=$$?"\n' > Makefile
make one; echo "rc=$?"
make two; echo "rc=$?"
make two SHELL=/bin/sh; echo "rc=$?"

all:
	@FOO=bar env | grep ^FOO=

.DELETE_ON_ERROR:
out:
	echo partial > $@; false

# define at EOF without endef.
define v
a

#| args: foo
#| setup: touch foo,v

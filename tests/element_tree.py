"""Walking the element tree AppTest gives a page, for tests that care about page order."""


def walk(node):
    """Every element under this node, in page order."""
    if hasattr(node, "children"):
        for child in node.children.values():
            yield from walk(child)
    else:
        yield node

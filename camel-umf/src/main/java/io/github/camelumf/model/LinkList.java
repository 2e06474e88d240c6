package io.github.camelumf.model;

import java.util.ArrayList;

/** The links of umf:wechat/openId ({@code links}, 3.3): a {@code List<Link>}, so that routes index it ({@code ${body[0]}}) and split it. */
public class LinkList extends ArrayList<Link> {

    private static final long serialVersionUID = 1L;
}

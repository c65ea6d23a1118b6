package vn.giamsat.orgs.web;

import vn.giamsat.orgs.UnitView;

/** A unit in the browsable tree, with the number of its children (0 = a leaf). */
public record TreeNode(UnitView unit, int childCount) {
}

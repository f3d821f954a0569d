//! Folding of names for search: case, French diacritics, ligatures, punctuation.

/// Folds a name for comparison: lower case, no diacritics, `œ` → `oe`, apostrophes, hyphens and
/// other punctuation → one space, `st`/`ste` → `saint`/`sainte`.
///
/// ```
/// use territoire_sante::referentiel::fold;
/// assert_eq!(fold("Château-Thierry"), "chateau thierry");
/// assert_eq!(fold("L'Haÿ-les-Roses"), "l hay les roses");
/// assert_eq!(fold("St-Œuf"), "saint oeuf");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' | 'À' | 'Â' | 'Ä' | 'Á' | 'Ã' | 'Å' => {
                out.push('a')
            }
            'ç' | 'Ç' => out.push('c'),
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => out.push('e'),
            'î' | 'ï' | 'í' | 'ì' | 'Î' | 'Ï' | 'Í' | 'Ì' => out.push('i'),
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' | 'Ô' | 'Ö' | 'Ó' | 'Ò' | 'Õ' => out.push('o'),
            'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => out.push('u'),
            'ÿ' | 'Ÿ' | 'ý' | 'Ý' => out.push('y'),
            'ñ' | 'Ñ' => out.push('n'),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            c if c.is_alphanumeric() => {
                for l in c.to_lowercase() {
                    out.push(l);
                }
            }
            _ => out.push(' '),
        }
    }
    let mut folded = String::with_capacity(out.len());
    for w in out.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.push_str(match w {
            "st" => "saint",
            "ste" => "sainte",
            other => other,
        });
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_french_names() {
        assert_eq!(fold("  ÉVRY-Courcouronnes "), "evry courcouronnes");
        assert_eq!(fold("Saint-Denis"), fold("st denis"));
        assert_eq!(fold("Cœuvres-et-Valsery"), "coeuvres et valsery");
        assert_eq!(fold("L’Île-d’Yeu"), "l ile d yeu");
        assert_eq!(fold(""), "");
    }
}

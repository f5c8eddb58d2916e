using System.ComponentModel.DataAnnotations;

namespace CaseFlow.Host.Configuration;

/// <summary>How long a page of a paged list or export may be (configuration section CaseFlow:Paging): <c>limit</c>'s default and maximum.</summary>
public sealed class PagingOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CaseFlow:Paging";

    /// <summary>The items (cases, events, disclosures) a page holds when the request gives no <c>limit</c>.</summary>
    [Range(1, 100_000, ErrorMessage = "CaseFlow:Paging:DefaultLimit must be between 1 and 100000, e.g. 500")]
    public int DefaultLimit { get; set; } = 500;

    /// <summary>The most items a request may ask one page for.</summary>
    [Range(1, 100_000, ErrorMessage = "CaseFlow:Paging:MaxLimit must be between 1 and 100000, e.g. 5000")]
    public int MaxLimit { get; set; } = 5000;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DefaultLimit > MaxLimit)
        {
            yield return new ValidationResult(
                $"CaseFlow:Paging:DefaultLimit ({DefaultLimit}) must not exceed CaseFlow:Paging:MaxLimit ({MaxLimit})", [nameof(DefaultLimit), nameof(MaxLimit)]);
        }
    }
}
